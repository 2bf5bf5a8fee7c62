/** How an API pages its lists, from the spec's `x-pagination`. */
export type Pagination =
  /** Page numbers: ask for `pageParameter = n + 1` until `lastPage` is true (Spring Data `Page`). */
  | { kind: "page"; pageParameter: string; items: string; lastPage: string }
  /** Cursors: send back `nextCursor` as `cursorParameter` until the response has none. */
  | { kind: "cursor"; cursorParameter: string; items: string; nextCursor: string };

export interface PageRequest {
  page: number;
  init: Record<string, unknown>;
  /** Given the page's body and item count, prepares the next request; false when this was the last page. */
  advance(body: Record<string, unknown>, count: number): boolean;
}

/** The requests for successive pages, starting from the caller's own query (e.g. a page size or a start page). */
export function* pageRequests(pagination: Pagination, init: Record<string, unknown>): Generator<PageRequest> {
  const params = (init.params ?? {}) as Record<string, unknown>;
  let query = { ...((params.query ?? {}) as Record<string, unknown>) };
  let more = true;
  for (let page = 1; more; page++) {
    more = false;
    yield {
      page,
      init: { ...init, params: { ...params, query } },
      advance(body, count) {
        if (pagination.kind === "page") {
          if (body[pagination.lastPage] === true || count === 0) return false;
          const current = Number(query[pagination.pageParameter] ?? 0);
          query = { ...query, [pagination.pageParameter]: current + 1 };
        } else {
          const cursor = body[pagination.nextCursor];
          if (typeof cursor !== "string" || cursor === "") return false;
          query = { ...query, [pagination.cursorParameter]: cursor };
        }
        return (more = true);
      },
    };
  }
}
