// The call signatures of the generated clients, read directly off openapi-typescript's `paths`. They are written
// for a low type-checking cost: one lookup per call for the operation, its parameters, body and JSON answers.
import type { BodySerializer, Middleware, QuerySerializer, QuerySerializerOptions } from "openapi-fetch";
import type { PerRequestOptions } from "./transport.js";

/** The methods a client has, as `client.GET(…)` names them. */
export const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;
export type HttpMethod = Lowercase<(typeof METHODS)[number]>;
/** The statuses whose body is a call's `data`. */
export type OkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | "2XX";
type JsonMedia = `${string}/${string}json${string}`;

/** The paths that have an operation for `M`. */
export type PathsWith<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: infer Op } ? ([Op] extends [never] ? never : P) : never;
}[keyof Paths] &
  string;

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** The JSON body of a response (or request) object, `undefined` when it has none. */
type JsonBody<R> = R extends { content: infer C } ? C[Extract<keyof C, JsonMedia>] : undefined;
// The mapped types sit inside the conditional so that they are only built once the operation is known.
/** The body of any 2xx answer. */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends OkStatus ? JsonBody<R[S]> : never }[keyof R]
  : never;
/** The body of any other answer. */
export type ErrorBody<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends OkStatus ? never : JsonBody<R[S]> }[keyof R]
  : never;

type Params<Op> = Op extends { parameters: infer P } ? P : {};
type ParamsInit<Op> = RequiredKeys<Params<Op>> extends never ? { params?: Params<Op> } : { params: Params<Op> };
/** The request body in whichever media type the operation takes. */
type BodyOf<B> = B extends { content: infer C } ? C[keyof C] : never;
type BodyInit<Op> =
  "requestBody" extends RequiredKeys<Op>
    ? { body: BodyOf<Op[Extract<"requestBody", keyof Op>]> }
    : Op extends { requestBody?: infer B }
      ? [NonNullable<B>] extends [never]
        ? { body?: never }
        : { body?: BodyOf<NonNullable<B>> }
      : { body?: never };

export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream";
interface Parsed {
  text: string;
  blob: Blob;
  arrayBuffer: ArrayBuffer;
  stream: ReadableStream<Uint8Array> | null;
}

/** Options any call accepts besides its parameters and body. */
export interface CallOptions<A extends ParseAs = ParseAs>
  extends PerRequestOptions,
    Omit<RequestInit, "body" | "headers" | "method" | "redirect"> {
  headers?: HeadersInit | Record<string, string | number | boolean | null | undefined>;
  /** How to read a 2xx body; JSON by default. */
  parseAs?: A;
  baseUrl?: string;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  middleware?: Middleware[];
}

export type CallInit<Op, A extends ParseAs = "json"> = ParamsInit<Op> & BodyInit<Op> & CallOptions<A>;
/** An operation whose 2xx answers are all text or binary can't be read as JSON: the call must say how to read it. */
type CallWith<Op, A extends ParseAs> = [SuccessBody<Op>] extends [never]
  ? unknown extends Op
    ? CallInit<Op, A>
    : ParamsInit<Op> & BodyInit<Op> & Omit<CallOptions<A>, "parseAs"> & { parseAs: A extends "json" ? Exclude<ParseAs, "json"> : A }
  : CallInit<Op, A>;
export type CallArgs<Op, A extends ParseAs = "json"> = RequiredKeys<CallWith<Op, A>> extends never ? [CallWith<Op, A>?] : [CallWith<Op, A>];

/** The error value when the server sent no body, or a body that is not JSON, or a redirect the client did not follow. */
export interface UnexpectedErrorBody {
  status: number;
  message: string;
  /** For a redirect not followed: the origin it pointed to (undefined when a browser hides it). */
  location?: string;
}

export type ApiResult<Op, A extends ParseAs = "json", Envelope = never> =
  | { data: A extends keyof Parsed ? Parsed[A] : SuccessBody<Op>; error?: never; response: Response; status: number; envelope?: Envelope }
  | { data?: never; error: NonNullable<ErrorBody<Op>> | UnexpectedErrorBody; response: Response; status: number; envelope?: never };

/** True when `T` has more than one member. */
type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;
/**
 * A path the API lacks leaves `P` as every path (TypeScript's fallback): the rest of the call is then left unchecked
 * so that the error points at the path, not at a count of arguments. A correct path is one member of them, unless the
 * method has only one path.
 */
type PathCallArgs<All, P, Op, A extends ParseAs> = [All] extends [P]
  ? true extends IsUnion<All>
    ? [CallOptions?]
    : CallArgs<Op, A>
  : CallArgs<Op, A>;

export type ApiMethod<Paths, M extends HttpMethod, Envelope> = <P extends PathsWith<Paths, M>, A extends ParseAs = "json">(
  url: P,
  ...init: PathCallArgs<PathsWith<Paths, M>, P, Paths[P][M & keyof Paths[P]], A>
) => Promise<ApiResult<Paths[P][M & keyof Paths[P]], A, Envelope>>;
