import { type ApiClient, sendOf } from "./client.js";
import { ApiError, type ApiErrorDetails, ApiResponseError } from "./errors.js";
import type { CallInit, PathsWith, SuccessBody } from "./types.js";

/**
 * How an API pages its lists, from the spec's `x-pagination` (the client's `paginate()` follows it). `itemsAt`
 * holds, per paged path, the operation-level `x-pagination.items`: where that answer's items are inside `items` when
 * `items` is not itself the list, as a property path (`a.b`). An object found there is a map, yielded as its
 * `[key, value]` entries.
 */
export type Pagination =
  /**
   * Page numbers: ask for `pageParameter = n + 1` until `lastPage` is true (Spring Data `Page`). The page number
   * the server reports (`pageNumber`, default Spring's `number`) and the page count (`totalPages`, default
   * `totalPages`) are read when present.
   */
  (
    | { kind: "page"; pageParameter: string; items: string; lastPage: string; pageNumber?: string; totalPages?: string }
    /** Cursors: send back `nextCursor` as `cursorParameter` until the response has none. */
    | { kind: "cursor"; cursorParameter: string; items: string; nextCursor: string }
  ) & { itemsAt?: { [path: string]: string } };

/** Pages `paginate()` reads at most, unless told otherwise: a server that never says "last" does not page forever. */
export const DEFAULT_MAX_PAGES = 10_000;

export interface PageOptions {
  /** Pages to read at most; more throws ApiPaginationError. Default 10 000. */
  maxPages?: number;
}

/** `paginate()` read `maxPages` pages and the server still named another. */
export class ApiPaginationError extends ApiError {
  override name = "ApiPaginationError";
  /** The pages read. */
  declare readonly pages: number;

  constructor(message: string, details: ApiErrorDetails & { pages: number }) {
    super(message, details);
    this.pages = details.pages;
  }
}

/** The item type of a paged list: the array itself, or Spring-style `content`. */
// Indexed access rather than `infer`, so that intersections of array types (allOf) keep their item type.
type PageItem<D> = D extends { content?: infer C }
  ? NonNullable<C> extends readonly unknown[]
    ? NonNullable<C>[number]
    : unknown
  : D extends readonly unknown[]
    ? D[number]
    : unknown;
type PageItemOf<D> = PageItem<NonNullable<D>>;
/** The value at a property path (`a.b`) of the object members of D; array members have none. */
type At<D, Path extends string> = Path extends `${infer Head}.${infer Tail}` ? At<Property<D, Head>, Tail> : Property<D, Path>;
type Property<D, K extends string> = D extends readonly unknown[] ? never : K extends keyof D ? NonNullable<D[K]> : never;
/** What `paginate()` yields from the list at `itemsAt`: an array's items, or a map's `[key, value]` entries. */
type Entries<M> = M extends readonly unknown[] ? M[number] : { [K in keyof M & string]: [K, M[K]] }[keyof M & string];
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type PageInit<Op> = CallInit<Op> & PageOptions;
type PageArgs<Op> = RequiredKeys<PageInit<Op>> extends never ? [PageInit<Op>?] : [PageInit<Op>];
type ItemOf<Body, P, ItemsAt> = P extends keyof ItemsAt ? Entries<At<NonNullable<Body>, ItemsAt[P] & string>> : PageItemOf<Body>;
type PaginateMethod<Paths, Paged extends string, ItemsAt> = <P extends Paged & PathsWith<Paths, "get">>(
  url: P,
  ...init: PageArgs<Paths[P]["get" & keyof Paths[P]]>
) => AsyncIterable<ItemOf<SuccessBody<Paths[P]["get" & keyof Paths[P]]>, P, ItemsAt>>;

/**
 * For clients whose API pages its lists (see `withPagination`); `Paged` names the paged GET paths, `ItemsAt` the
 * paths whose items are elsewhere (`Pagination.itemsAt`): theirs are typed from the object answer at that path, so
 * a map's entries destructure as `[key, value]`.
 */
export interface PagedClient<
  Paths extends Record<string, any>,
  Paged extends string = PathsWith<Paths, "get">,
  ItemsAt extends { [path: string]: string } = {},
> {
  /**
   * Every item of a paged list, fetching pages as the loop asks for them. A failed page throws ApiResponseError.
   * It ends on an empty page, on a cursor or page number seen before, and at `totalPages`.
   */
  paginate: PaginateMethod<Paths, Paged, ItemsAt>;
}

const shown = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));

/** Adds `paginate()`, following the API's paging convention (the spec's `x-pagination`). */
export function withPagination<C extends ApiClient<any, any>>(
  client: C,
  pagination: Pagination,
): C & PagedClient<C extends ApiClient<infer P, any> ? P : never> {
  const send = sendOf(client);
  return Object.assign(client, {
    paginate(url: string, init: Record<string, unknown> & PageOptions = {}) {
      const { maxPages = DEFAULT_MAX_PAGES, ...rest } = init;
      return {
        async *[Symbol.asyncIterator]() {
          if (!Number.isInteger(maxPages) || maxPages < 1)
            throw new TypeError(`maxPages must be a positive integer, got ${shown(maxPages)}`);
          const params = (rest.params ?? {}) as Record<string, unknown>;
          let query = { ...(params.query as object) } as Record<string, unknown>;
          const numbered = pagination.kind === "page";
          const at = Object.hasOwn(pagination.itemsAt ?? {}, url) ? pagination.itemsAt![url] : undefined;
          const within = at?.split(".");
          const parameter = numbered ? pagination.pageParameter : pagination.cursorParameter;
          const first = query[parameter];
          if (numbered && first !== undefined && !(Number.isInteger(first) && (first as number) >= 0)) {
            throw new TypeError(`paginate(): the ${parameter} parameter must be a non-negative integer, got ${shown(first)}`);
          }
          // Where a server would lead the loop in circles: cursors already sent, the page number it last reported.
          const cursors = new Set<string>();
          if (first !== undefined) cursors.add(JSON.stringify(first));
          let reported = -Infinity;
          for (let page = 1; ; page++) {
            const result = await send("GET", url, { ...rest, params: { ...params, query } });
            if (result.error !== undefined)
              throw new ApiResponseError(`GET ${url} (page ${page}) failed with ${result.status}`, {
                status: result.status,
                body: result.error,
              });
            const body = (result.envelope ?? result.data) as Record<string, unknown>;
            let items = body?.[pagination.items] as unknown;
            // The operation's path is followed only when `items` is not a list itself: an answer variant that is one still pages.
            if (within && !Array.isArray(items)) {
              for (const key of within) items = (items as Record<string, unknown> | undefined)?.[key];
              if (items && typeof items === "object" && !Array.isArray(items)) items = Object.entries(items);
            }
            if (!Array.isArray(items))
              throw new ApiResponseError(`GET ${url} answered without a "${pagination.items}${at ? `.${at}` : ""}" list`, {
                status: result.status,
                body,
              });
            yield* items;
            if (items.length === 0) return;
            let next: unknown;
            if (numbered) {
              const asked = Number(query[parameter] ?? 0);
              const number = body[pagination.pageNumber ?? "number"];
              const total = body[pagination.totalPages ?? "totalPages"];
              if (body[pagination.lastPage] === true || (typeof total === "number" && asked + 1 >= total)) return;
              if (typeof number === "number") {
                if (number <= reported) return;
                reported = number;
              }
              next = asked + 1;
            } else {
              next = body[pagination.nextCursor] || undefined;
              if (next === undefined || cursors.has(JSON.stringify(next))) return;
              cursors.add(JSON.stringify(next));
            }
            if (page >= maxPages)
              throw new ApiPaginationError(`GET ${url} still had more after ${maxPages} pages (maxPages)`, { pages: maxPages });
            query = { ...query, [parameter]: next };
          }
        },
      };
    },
  }) as never;
}
