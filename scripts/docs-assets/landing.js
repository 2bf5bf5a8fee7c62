// The landing page's operation search (over the index the build embeds) and the mocks' base URLs as the server
// reports them (mocks.json), in place of the defaults written into the page.
// @ts-check

/** @typedef {{ api: string, method: string, path: string, summary: string, id: string, href: string, examples: string[] }} IndexedOperation */

const MAX_RESULTS = 20;

/**
 * Operations whose API, method, path, summary or operationId contain every word of the query.
 * @param {IndexedOperation[]} index
 * @param {string} query
 */
function find(index, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return index.filter((op) => {
    const text = `${op.api} ${op.method} ${op.path} ${op.summary} ${op.id}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/**
 * @param {IndexedOperation} op
 * @returns {HTMLLIElement}
 */
function resultItem(op) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = op.href;
  const method = document.createElement("span");
  method.className = `method method-${op.method.toLowerCase()}`;
  method.textContent = op.method;
  const summary = document.createElement("span");
  summary.className = "summary";
  summary.textContent = op.summary;
  const where = document.createElement("span");
  where.className = "where";
  where.textContent = `${op.api} · ${op.path}`;
  link.append(method, " ", summary, where);
  item.append(link);
  if (op.examples.length) {
    const examples = document.createElement("span");
    examples.className = "examples";
    examples.textContent = `Prefer: example=${op.examples.join(" | ")}`;
    item.append(examples);
  }
  return item;
}

function setUpSearch() {
  const input = /** @type {HTMLInputElement | null} */ (document.getElementById("find-operation"));
  const results = document.getElementById("find-results");
  const indexElement = document.getElementById("operation-index");
  if (!input || !results || !indexElement) return;
  /** @type {IndexedOperation[]} */
  const index = JSON.parse(indexElement.textContent ?? "[]");
  const show = () => {
    const hits = find(index, input.value);
    const items = hits.slice(0, MAX_RESULTS).map(resultItem);
    if (input.value.trim() && hits.length === 0) {
      const none = document.createElement("li");
      none.className = "none";
      none.textContent = "No operation matches.";
      items.push(none);
    } else if (hits.length > MAX_RESULTS) {
      const more = document.createElement("li");
      more.className = "none";
      more.textContent = `${hits.length - MAX_RESULTS} more: add a word to narrow the search.`;
      items.push(more);
    }
    results.replaceChildren(...items);
  };
  input.addEventListener("input", show);
  input.addEventListener("keydown", (event) => {
    const first = results.querySelector("a");
    if (event.key === "Enter" && first) first.click();
  });
  show();
}

async function showMockUrls() {
  try {
    const response = await fetch("mocks.json", { cache: "no-cache" });
    if (!response.ok) return;
    /** @type {Record<string, string>} */
    const urls = await response.json();
    for (const code of document.querySelectorAll("code.mock-url")) {
      const url = urls[code.getAttribute("data-api") ?? ""];
      if (url) code.textContent = url;
    }
  } catch {
    // The page keeps the default URLs it was built with.
  }
}

setUpSearch();
void showMockUrls();
