// The public API of @apispec/runtime: what users of the generated clients catch, type and configure. The plumbing
// the generated code is built from is in ./internal.ts (`@apispec/runtime/internal`), webhook parsing in
// ./webhooks.ts (`@apispec/runtime/webhooks`).
export { ApiConnectionError, ApiError, ApiResponseError, ApiTimeoutError, type ApiErrorDetails } from "./errors.js";
export { ApiAuthError, type Token } from "./token.js";
export type { AuthProvider } from "./auth.js";
export {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type ApiClient,
  type ClientOptions,
  type DownloadClient,
  type DownloadedFile,
  type StreamedFile,
  type UnwrapOperation,
} from "./client.js";
export type { ApiMethod, ApiResult, CallArgs, CallInit, CallOptions, ErrorBody, ParseAs, SuccessBody, UnexpectedErrorBody } from "./types.js";
export type { MultipartParts } from "./multipart.js";
export type { OperationFunction } from "./operation.js";
export { ApiPaginationError, DEFAULT_MAX_PAGES, type PagedClient, type PageOptions, type Pagination } from "./pagination.js";
export type { RetryOptions } from "./retry.js";
export type { Fetch, PerRequestOptions, RedirectPolicy } from "./transport.js";
