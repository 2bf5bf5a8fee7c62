// Sets up a small office on a Kazoo account with the typed client: a user with a desk phone and a voicemail box,
// weekday 9-17 business hours and an after-hours rule set, a main menu, and a main-number callflow that sends
// callers to the menu during business hours and to voicemail otherwise:
//
//   +14155550100 → temporal_route ─ business hours → menu ─ 1 → user (20 s) ─ no answer → voicemail
//                                  │                       ├ 0 → voicemail
//                                  │                       └ _ → voicemail
//                                  ├ after hours  → voicemail
//                                  └ _            → voicemail
//
// Run it on its own (Node.js 20 cannot run TypeScript, so esbuild bundles it first, from the packages' sources):
//
//   npx esbuild examples/kazoo-office.ts --bundle --platform=node --format=esm --conditions=source --outfile=.cache/kazoo-office.mjs
//   KAZOO_BASE_URL=https://kazoo.example.com:8443/v2 KAZOO_API_KEY=… KAZOO_ACCOUNT_ID=… node .cache/kazoo-office.mjs
//
// (or KAZOO_USERNAME, KAZOO_PASSWORD and KAZOO_ACCOUNT_NAME instead of KAZOO_API_KEY; KAZOO_MAIN_NUMBER to use
// another number than +14155550100). Each run creates new documents: Kazoo refuses a second callflow for the same
// number, and a second device with the same SIP username, with a 400.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { type components, createKazooClient, type KazooClient } from "@apispec/kazoo";
import {
  createCallflow,
  createDevice,
  createMenu,
  createTemporalRule,
  createTemporalRuleSet,
  createUser,
  createVmbox,
} from "@apispec/kazoo/operations";

type CallflowAction = components["schemas"]["CallflowAction"];
type TemporalRuleDoc = components["schemas"]["TemporalRuleDoc"];

/** The IDs of what `setUpOffice` created. */
export interface OfficeIds {
  userId: string;
  deviceId: string;
  vmboxId: string;
  businessHoursRuleId: string;
  /** The after-hours rules (weekday mornings, weekday evenings, weekends), in the order of the set. */
  afterHoursRuleIds: string[];
  afterHoursSetId: string;
  menuId: string;
  callflowId: string;
}

/** Where the office is: rules are evaluated in this timezone, and the user and the box use it. */
const OFFICE_TIMEZONE = "America/New_York";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;
const NINE_AM = 9 * 3600;
const FIVE_PM = 17 * 3600;
const MIDNIGHT = 24 * 3600;

const BUSINESS_HOURS: TemporalRuleDoc = {
  name: "Business hours",
  cycle: "weekly",
  wdays: [...WEEKDAYS],
  time_window_start: NINE_AM,
  time_window_stop: FIVE_PM,
};

// Together with business hours they cover the whole week, so `_` below is only a safety net (a rule that fails to
// load, or one switched off with the temporal route's `disable` action).
const AFTER_HOURS: TemporalRuleDoc[] = [
  { name: "Weekday mornings", cycle: "weekly", wdays: [...WEEKDAYS], time_window_start: 0, time_window_stop: NINE_AM },
  { name: "Weekday evenings", cycle: "weekly", wdays: [...WEEKDAYS], time_window_start: FIVE_PM, time_window_stop: MIDNIGHT },
  { name: "Weekends", cycle: "weekly", wdays: ["saturday", "sunday"] },
];

/** What every call returns, as far as checking it goes. */
type Outcome =
  | { data: unknown; error?: never; status: number }
  | { data?: never; error: { message?: string; request_id?: string }; status: number };
/** The document of a successful outcome. */
type Created<R extends Outcome> = Extract<R, { error?: never }>["data"];

/**
 * The document a step created, or an Error naming the step and the status. Only Kazoo's short error identifier and
 * request ID go into the message: a validation error's details can quote the values sent, such as the SIP password.
 */
function created<R extends Outcome>(step: string, result: R): Created<R> {
  if (result.error) {
    const { message, request_id: requestId } = result.error;
    throw new Error(
      `setUpOffice: ${step} failed with HTTP ${result.status}${message ? `: ${message}` : ""}${requestId ? ` (request ${requestId})` : ""}`,
    );
  }
  // Without an error the result is the success branch; TypeScript does not narrow a type parameter by a check.
  return result.data as Created<R>;
}

/** The main number's flow: business hours to the menu, after hours (the set's `rule_set` branch) and anything else to voicemail. */
function mainNumberFlow(ids: Pick<OfficeIds, "userId" | "vmboxId" | "businessHoursRuleId" | "afterHoursSetId" | "menuId">): CallflowAction {
  const voicemail = { module: "voicemail", data: { id: ids.vmboxId } } satisfies CallflowAction;
  const ringUser = { module: "user", data: { id: ids.userId, timeout: 20 }, children: { _: voicemail } } satisfies CallflowAction;
  const menu = {
    module: "menu",
    data: { id: ids.menuId },
    children: { "1": ringUser, "0": voicemail, _: voicemail },
  } satisfies CallflowAction;
  return {
    module: "temporal_route",
    // Kazoo tries the listed rules first, then the set's; the first that matches picks the branch.
    data: { timezone: OFFICE_TIMEZONE, rules: [ids.businessHoursRuleId], rule_set: ids.afterHoursSetId },
    // A rule's branch is keyed by its ID; a `rule_set`'s branch by the word `rule_set` (cf_temporal_route.erl).
    children: { [ids.businessHoursRuleId]: menu, rule_set: voicemail, _: voicemail },
  };
}

/**
 * Creates the office on `accountId`, each step with the IDs the previous ones returned, and returns every ID. The
 * first step that fails throws, and nothing after it is sent; what was created before stays.
 */
export async function setUpOffice(kazoo: KazooClient, accountId: string, mainNumber = "+14155550100"): Promise<OfficeIds> {
  const path = { account_id: accountId };

  const user = created(
    "createUser",
    await createUser(kazoo, {
      params: { path },
      body: {
        first_name: "Alice",
        last_name: "Jones",
        email: "alice@example.com",
        timezone: OFFICE_TIMEZONE,
        send_email_on_creation: false,
      },
    }),
  );
  const device = created(
    "createDevice",
    await createDevice(kazoo, {
      params: { path },
      body: {
        name: "Alice's desk phone",
        device_type: "sip_device",
        owner_id: user.id,
        // The phone registers with these; read them back with getDevice when provisioning it.
        sip: { method: "password", username: "alice_desk", password: randomBytes(12).toString("base64url") },
      },
    }),
  );
  const vmbox = created(
    "createVmbox",
    await createVmbox(kazoo, {
      params: { path },
      body: { name: "Alice's voicemail", mailbox: "1001", owner_id: user.id, timezone: OFFICE_TIMEZONE },
    }),
  );
  const businessHours = created(
    "createTemporalRule (business hours)",
    await createTemporalRule(kazoo, { params: { path }, body: BUSINESS_HOURS }),
  );
  const afterHoursRuleIds: string[] = [];
  for (const rule of AFTER_HOURS) {
    afterHoursRuleIds.push(
      created(`createTemporalRule (${rule.name})`, await createTemporalRule(kazoo, { params: { path }, body: rule })).id,
    );
  }
  const afterHours = created(
    "createTemporalRuleSet",
    await createTemporalRuleSet(kazoo, { params: { path }, body: { name: "After hours", temporal_rules: afterHoursRuleIds } }),
  );
  const menu = created(
    "createMenu",
    await createMenu(kazoo, {
      params: { path },
      body: { name: "Main menu", retries: 3, timeout: 10_000, interdigit_timeout: 2000, max_extension_length: 4, hunt: false },
    }),
  );
  const ids = {
    userId: user.id,
    deviceId: device.id,
    vmboxId: vmbox.id,
    businessHoursRuleId: businessHours.id,
    afterHoursRuleIds,
    afterHoursSetId: afterHours.id,
    menuId: menu.id,
  };
  const callflow = created(
    "createCallflow",
    await createCallflow(kazoo, { params: { path }, body: { name: "Main number", numbers: [mainNumber], flow: mainNumberFlow(ids) } }),
  );
  return { ...ids, callflowId: callflow.id };
}

/** The client's credentials from the environment: an API key, or a user's name, password and account name. */
async function main(env: NodeJS.ProcessEnv) {
  const accountId = env.KAZOO_ACCOUNT_ID;
  if (!accountId) throw new Error("Set KAZOO_ACCOUNT_ID, the account to set the office up in");
  // The client reads KAZOO_BASE_URL and its credentials (KAZOO_API_KEY, or KAZOO_USERNAME, KAZOO_PASSWORD and
  // KAZOO_ACCOUNT_NAME) from the environment, and names them if they are missing.
  const kazoo = createKazooClient();
  const ids = await setUpOffice(kazoo, accountId, env.KAZOO_MAIN_NUMBER || undefined);
  console.log(`Set up an office on account ${accountId}:`);
  for (const [name, id] of Object.entries(ids)) console.log(`  ${name.padEnd(20)} ${Array.isArray(id) ? id.join(", ") : id}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.env).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
