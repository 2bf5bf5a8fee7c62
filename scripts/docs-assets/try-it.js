// The try-it console of a reference page: sends any operation of the page's API to that API's local mock and shows
// the answer (status, headers with the mock's `sl-violations` read out, body). It sits beside Redoc instead of inside
// it: Redoc renders and re-renders its own DOM, so the console opens from a button of its own for the operation in
// the address bar (Redoc keeps the hash on the operation being read) and has a picker for any other.
// What it needs per operation is in ./try-it.json (written by scripts/docs.js), fetched when the console first
// opens so that the page itself weighs no more; the mock's base URL comes from ../mocks.json, and can be edited.
// @ts-check

/**
 * @typedef {{ in: string, name: string, prefix: string, label: string, hint: string }} Auth
 * @typedef {{ name: string, in: string, required: boolean, example: string }} Param
 * @typedef {{ name: string, file: boolean, example: string }} Part
 * @typedef {{ type: string, kind: "json" | "form" | "multipart" | "text" | "file", required: boolean, example?: string, parts?: Part[] }} Body
 * @typedef {{ anchor: string, operationId: string, method: string, path: string, summary: string, auth: Auth[], params: Param[], body?: Body }} Operation
 * @typedef {{ api: string, title: string, startCommand: string, operations: Operation[] }} Description
 */

const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
const api = script?.dataset.api ?? "";
/** The largest body the console prints; the rest is counted, not shown. */
const SHOWN_BODY_CHARS = 100_000;

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** @type {Promise<Description> | undefined} */
let description;
/** @type {Promise<string> | undefined} */
let defaultBase;
/** Credentials typed in, by header or parameter name: kept in this page only, never stored. */
const credentials = new Map();

function loadDescription() {
  description ??= fetch("try-it.json").then((r) => {
    if (!r.ok) throw new Error(`try-it.json: HTTP ${r.status}`);
    return /** @type {Promise<Description>} */ (r.json());
  });
  return description;
}

function loadDefaultBase() {
  defaultBase ??= fetch("../mocks.json", { cache: "no-cache" })
    .then((r) => (r.ok ? r.json() : {}))
    .then((/** @type {Record<string, string>} */ urls) => urls[api] ?? "")
    .catch(() => "");
  return defaultBase;
}

const storageKey = `try-it:${api}:base-url`;
function storedBase() {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
/** @param {string} value */
function storeBase(value) {
  try {
    localStorage.setItem(storageKey, value);
  } catch {
    // Private windows may refuse storage: the URL then lasts for this page only.
  }
}

/** The operation's anchor in the address bar: `users/listusers` from `#/users/listusers`. */
function anchorInAddress() {
  return decodeURIComponent(location.hash.replace(/^#\/?/, ""));
}

/**
 * @param {Operation[]} operations
 * @param {string} anchor
 */
function operationFor(operations, anchor) {
  return operations.find((op) => op.anchor === anchor) ?? operations.find((op) => anchor && op.anchor.startsWith(`${anchor}/`));
}

// The console's elements, made once.
const openButton = el("button", { type: "button", class: "try-it-open", "aria-haspopup": "dialog" }, ["Try it"]);
const panel = el("aside", { class: "try-it", role: "dialog", "aria-label": "Try it", hidden: "" });
const closeButton = el("button", { type: "button", class: "try-it-close", "aria-label": "Close the console" }, ["×"]);
const picker = el("select", { id: "try-it-operation" });
const baseInput = el("input", { id: "try-it-base", type: "url", spellcheck: "false", autocomplete: "off" });
const baseHint = el("small", {}, []);
const form = el("form", { class: "try-it-form" });
const result = el("section", { class: "try-it-result", "aria-label": "Response", hidden: "" });

panel.append(
  el("header", {}, [el("h2", {}, ["Try it against the local mock"]), closeButton]),
  el("label", { for: "try-it-operation" }, ["Operation"]),
  picker,
  el("label", { for: "try-it-base" }, ["Mock base URL"]),
  baseInput,
  baseHint,
  form,
  result,
);

/**
 * How to start the mock, for a base URL that does not answer.
 * @param {Description} desc
 * @param {string} base
 */
function notRunning(desc, base) {
  return [
    `No mock answers at ${base || "(no base URL)"}. Start it with `,
    el("code", {}, [desc.startCommand]),
    " (or ",
    el("code", {}, ["npm start"]),
    " for this site and every mock), then send again. If it runs elsewhere, put its URL above.",
  ];
}

/**
 * @param {string} id
 * @param {string} labelText
 * @param {HTMLElement} control
 * @param {string} [hint]
 */
function field(id, labelText, control, hint) {
  control.id = id;
  return el("div", { class: "try-it-field" }, [el("label", { for: id }, [labelText]), control, ...(hint ? [el("small", {}, [hint])] : [])]);
}

/** @param {Operation} op */
function renderForm(op) {
  const rows = [];
  if (op.auth.length) rows.push(el("h3", {}, ["Auth"]));
  op.auth.forEach((auth, i) => {
    const input = el("input", { type: "password", autocomplete: "off", "data-auth": String(i), placeholder: auth.hint });
    input.value = credentials.get(auth.name) ?? "";
    input.addEventListener("input", () => credentials.set(auth.name, input.value));
    rows.push(field(`try-it-auth-${i}`, auth.label, input, `Any value passes the mock's check; send ${auth.hint} to a real server.`));
  });
  for (const place of ["path", "query", "header"]) {
    const params = op.params.filter((p) => p.in === place);
    if (!params.length) continue;
    rows.push(el("h3", {}, [`${place[0]?.toUpperCase()}${place.slice(1)} parameters`]));
    params.forEach((p) => {
      const input = el("input", { type: "text", "data-param": `${p.in}:${p.name}`, placeholder: p.example, spellcheck: "false" });
      if (p.required) {
        input.value = p.example;
        input.required = true;
      }
      rows.push(field(`try-it-${p.in}-${p.name}`, `${p.name}${p.required ? " (required)" : ""}`, input));
    });
  }
  const body = op.body;
  if (body) {
    rows.push(el("h3", {}, [`Body (${body.type})`]));
    if (body.kind === "json" || body.kind === "text") {
      const text = el("textarea", {
        "data-body": "",
        rows: String(Math.min(16, (body.example ?? "").split("\n").length + 1)),
        spellcheck: "false",
      });
      text.value = body.example ?? "";
      rows.push(field("try-it-body", "Request body", text));
    } else if (body.kind === "file") {
      rows.push(field("try-it-body", "File to send", el("input", { type: "file", "data-body": "" })));
    } else {
      for (const part of body.parts ?? []) {
        const input = part.file
          ? el("input", { type: "file", "data-part": part.name })
          : el("input", { type: "text", "data-part": part.name, spellcheck: "false" });
        if (!part.file) /** @type {HTMLInputElement} */ (input).value = part.example;
        rows.push(field(`try-it-part-${part.name}`, part.name, input));
      }
    }
  }
  rows.push(el("button", { type: "submit", class: "try-it-send" }, [`Send ${op.method}`]));
  form.replaceChildren(...rows);
  result.hidden = true;
}

/**
 * The request the form describes, or an error message for the reader.
 * @param {Operation} op
 * @returns {{ url: string, init: RequestInit } | { problem: string }}
 */
function buildRequest(op) {
  const base = baseInput.value.trim().replace(/\/+$/, "");
  let url;
  try {
    url = new URL(`${base}${op.path}`);
  } catch {
    return { problem: `"${base}" is not a URL: put the mock's base URL (http://127.0.0.1:<port>…) above.` };
  }
  let path = op.path;
  const headers = new Headers();
  const query = new URLSearchParams();
  for (const input of form.querySelectorAll("input[data-param]")) {
    const [place, name = ""] = /** @type {string} */ (input.getAttribute("data-param")).split(/:(.*)/s);
    const value = /** @type {HTMLInputElement} */ (input).value;
    if (place === "path") {
      if (!value) return { problem: `The path parameter ${name} is required.` };
      path = path.replace(`{${name}}`, encodeURIComponent(value));
    } else if (value && place === "query") query.append(name, value);
    else if (value && place === "header") headers.set(name, value);
  }
  op.auth.forEach((auth, i) => {
    const value = /** @type {HTMLInputElement | null} */ (form.querySelector(`input[data-auth="${i}"]`))?.value;
    if (!value) return;
    if (auth.in === "query") query.append(auth.name, value);
    else headers.set(auth.name, `${auth.prefix}${value}`);
  });
  url = new URL(`${base}${path}`);
  for (const [name, value] of query) url.searchParams.append(name, value);
  /** @type {RequestInit} */
  const init = { method: op.method, headers, cache: "no-store" };
  const body = op.body;
  if (body && op.method !== "GET" && op.method !== "HEAD") {
    const control = /** @type {HTMLInputElement | HTMLTextAreaElement | null} */ (form.querySelector("[data-body]"));
    if (body.kind === "json" || body.kind === "text") {
      const text = control?.value ?? "";
      if (body.kind === "json" && text.trim()) {
        try {
          JSON.parse(text);
        } catch (error) {
          return { problem: `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
        }
      }
      if (text.trim()) {
        headers.set("Content-Type", body.type);
        init.body = text;
      }
    } else if (body.kind === "file") {
      const file = /** @type {HTMLInputElement | null} */ (control)?.files?.[0];
      if (file) {
        headers.set("Content-Type", body.type);
        init.body = file;
      }
    } else {
      const data = body.kind === "multipart" ? new FormData() : new URLSearchParams();
      for (const input of /** @type {NodeListOf<HTMLInputElement>} */ (form.querySelectorAll("input[data-part]"))) {
        const name = input.getAttribute("data-part") ?? "";
        const file = input.files?.[0];
        if (file && data instanceof FormData) data.append(name, file);
        else if (input.type !== "file" && input.value) data.append(name, input.value);
      }
      init.body = data;
    }
  }
  return { url: url.href, init };
}

/**
 * The mock's `sl-violations` header: what it found wrong with the request (or its own answer).
 * @param {string | null} header
 * @returns {string[]}
 */
function violations(header) {
  if (!header) return [];
  try {
    const list = JSON.parse(header);
    return (Array.isArray(list) ? list : [list]).map(
      (v) => `${v.severity ?? "Error"}: ${v.message ?? JSON.stringify(v)}${v.location ? ` (at ${[v.location].flat().join(".")})` : ""}`,
    );
  } catch {
    return [header];
  }
}

/**
 * @param {Response} response
 * @returns {Promise<string>}
 */
async function bodyText(response) {
  const type = response.headers.get("content-type") ?? "";
  if (/json|^text\/|xml|yaml/.test(type) || type === "") {
    const text = await response.text();
    if (type.includes("json")) {
      try {
        return JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        return text;
      }
    }
    return text.length > SHOWN_BODY_CHARS ? `${text.slice(0, SHOWN_BODY_CHARS)}\n… (${text.length} characters in all)` : text;
  }
  const bytes = (await response.arrayBuffer()).byteLength;
  return `(${bytes} bytes of ${type})`;
}

/**
 * @param {Operation} op
 * @param {Description} desc
 */
async function send(op, desc) {
  const request = buildRequest(op);
  result.hidden = false;
  if ("problem" in request) {
    result.replaceChildren(el("p", { class: "try-it-notice", role: "alert" }, [request.problem]));
    return;
  }
  result.replaceChildren(el("p", { role: "status" }, [`Sending ${op.method} ${request.url} …`]));
  let response;
  try {
    response = await fetch(request.url, request.init);
  } catch {
    result.replaceChildren(el("p", { class: "try-it-notice", role: "alert" }, notRunning(desc, baseInput.value.trim())));
    return;
  }
  const text = await bodyText(response);
  const found = violations(response.headers.get("sl-violations"));
  const headerRows = [...response.headers].flatMap(([name, value]) => [el("dt", {}, [name]), el("dd", {}, [value])]);
  result.replaceChildren(
    el("h3", {}, ["Response"]),
    el("p", { class: `try-it-status status-${String(response.status)[0]}xx`, role: "status", "aria-label": "Response status" }, [
      `${response.status} ${response.statusText}`.trim(),
    ]),
    ...(found.length
      ? [
          el("p", {}, ["The mock found the request does not match the spec:"]),
          el(
            "ul",
            { class: "try-it-violations", "aria-label": "Violations" },
            found.map((v) => el("li", {}, [v])),
          ),
        ]
      : []),
    el("details", { open: "" }, [
      el("summary", {}, [`Headers (${headerRows.length / 2})`]),
      el("dl", { "aria-label": "Response headers" }, headerRows),
    ]),
    el("pre", { class: "try-it-body", "aria-label": "Response body", tabindex: "0" }, [text]),
  );
}

async function open() {
  panel.hidden = false;
  document.body.classList.add("try-it-opened");
  openButton.setAttribute("aria-expanded", "true");
  if (!picker.options.length) picker.append(el("option", {}, ["Loading…"]));
  let desc;
  try {
    desc = await loadDescription();
  } catch (error) {
    form.replaceChildren(el("p", { class: "try-it-notice", role: "alert" }, [`The console could not load: ${String(error)}`]));
    return;
  }
  if (!picker.dataset.loaded) {
    picker.dataset.loaded = "true";
    picker.replaceChildren(
      ...desc.operations.map((op, i) => el("option", { value: String(i) }, [`${op.method} ${op.path} · ${op.summary}`])),
    );
    baseInput.value = storedBase() ?? (await loadDefaultBase());
    baseHint.replaceChildren("Started by ", el("code", {}, [desc.startCommand]), " or ", el("code", {}, ["npm start"]), ".");
  }
  const current = operationFor(desc.operations, anchorInAddress());
  const index = current ? desc.operations.indexOf(current) : Number(picker.value || 0);
  if (String(index) !== picker.value || !form.children.length) {
    picker.value = String(index);
    renderForm(/** @type {Operation} */ (desc.operations[index]));
  }
  picker.focus();
}

function close() {
  panel.hidden = true;
  document.body.classList.remove("try-it-opened");
  openButton.setAttribute("aria-expanded", "false");
  openButton.focus();
}

openButton.addEventListener("click", () => void open());
closeButton.addEventListener("click", close);
panel.addEventListener("keydown", (event) => {
  if (event.key === "Escape") close();
});
picker.addEventListener("change", async () => {
  const desc = await loadDescription();
  renderForm(/** @type {Operation} */ (desc.operations[Number(picker.value)]));
});
baseInput.addEventListener("change", () => storeBase(baseInput.value.trim()));
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const desc = await loadDescription();
  await send(/** @type {Operation} */ (desc.operations[Number(picker.value)]), desc);
});
window.addEventListener("hashchange", () => {
  if (!panel.hidden) void open();
});

document.body.append(openButton, panel);
