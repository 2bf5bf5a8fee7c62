/** How an API pages its lists, from the spec's `x-pagination` (the client's `paginate()` follows it). */
export type Pagination =
  /** Page numbers: ask for `pageParameter = n + 1` until `lastPage` is true (Spring Data `Page`). */
  | { kind: "page"; pageParameter: string; items: string; lastPage: string }
  /** Cursors: send back `nextCursor` as `cursorParameter` until the response has none. */
  | { kind: "cursor"; cursorParameter: string; items: string; nextCursor: string };
