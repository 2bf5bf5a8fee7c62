// The public API of @apispec/runtime: what users of the generated clients catch, type and configure. The plumbing
// the generated code is built from is in ./internal.ts (`@apispec/runtime/internal`), webhook parsing in
// ./webhooks.ts (`@apispec/runtime/webhooks`).

export type { AuthProvider } from "./auth.js";
export {
  type ApiClient,
  type ClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type DownloadClient,
  type DownloadedFile,
  type StreamedFile,
  type UnwrapOperation,
} from "./client.js";
export { ApiConnectionError, ApiError, type ApiErrorDetails, ApiResponseError, ApiTimeoutError } from "./errors.js";
export type { AttemptLog, Logger, LogLevel } from "./logger.js";
export type { MultipartParts } from "./multipart.js";
export type { OperationFunction } from "./operation.js";
export { ApiPaginationError, DEFAULT_MAX_PAGES, type PagedClient, type PageOptions, type Pagination } from "./pagination.js";
export type { RetryOptions } from "./retry.js";
export { ApiAuthError, type Token } from "./token.js";
export type { Fetch, PerRequestOptions, RedirectPolicy } from "./transport.js";
export type {
  ApiMethod,
  ApiResult,
  CallArgs,
  CallInit,
  CallOptions,
  ErrorBody,
  ParseAs,
  SuccessBody,
  UnexpectedErrorBody,
} from "./types.js";
