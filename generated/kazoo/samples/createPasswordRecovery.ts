import { createKazooClient } from "@apispec/kazoo";
import { createPasswordRecovery } from "@apispec/kazoo/operations";

const kazoo = createKazooClient({
  baseUrl: process.env.KAZOO_BASE_URL!,
  credentials: {
    username: process.env.KAZOO_USERNAME!,
    password: process.env.KAZOO_PASSWORD!,
    accountName: process.env.KAZOO_ACCOUNT_NAME!,
  },
});

// Request a password-reset email.
// The same call by path: kazoo.PUT("/user_auth/recovery", init)
const { data, error, status } = await createPasswordRecovery(kazoo, {
  body: {
    username: "john@example.com",
    account_realm: "myawesomeoffice.sip.2600hz.com",
    ui_url: "https://ui.example.com/",
  },
});
if (error) throw new Error(`createPasswordRecovery failed with HTTP ${status}`);
console.log(data);
