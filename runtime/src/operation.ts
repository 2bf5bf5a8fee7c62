import type { ApiResult, CallArgs, ParseAs } from "./types.js";

/**
 * One operation as a function of its own, e.g. `getAccount(client, { params })`, returning what the path call
 * returns. Its type names the operation directly, so type-checking a call costs the same however many operations
 * the API has; a path call first has to find its path among all of them.
 */
export type OperationFunction<Client, Op, Envelope = never> = <A extends ParseAs = "json">(
  client: Client,
  ...init: CallArgs<Op, A>
) => Promise<ApiResult<Op, A, Envelope>>;

type PathCaller = Record<string, (path: string, init?: unknown) => Promise<unknown>>;

/**
 * The function for `method path`. Its type is the generated declaration it is assigned to (hence `never`, which fits
 * any), and generated modules mark each call pure, so bundlers drop the ones never imported.
 */
export function operation(method: string, path: string): never {
  return ((client: PathCaller, init?: unknown) => client[method]!(path, init)) as never;
}
