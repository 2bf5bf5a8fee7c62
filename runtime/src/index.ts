export { bearerAuth, headerAuth, requireHeaderValue, requireString, type AuthProvider } from "./auth.js";
export {
  ApiAuthError,
  oauth2ClientCredentials,
  oauth2Password,
  oauth2Token,
  normaliseTokenUrl,
  requestToken,
  sha1Hex,
  tokenAuth,
  type OAuth2ClientCredentialsOptions,
  type OAuth2PasswordOptions,
  type Token,
  type TokenAuthOptions,
  type TokenRequest,
} from "./token.js";
export {
  createApiClient,
  withDownload,
  withIdempotencyKey,
  type DownloadClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  fileNameOf,
  validateBaseUrl,
  type DownloadedFile,
  type StreamedFile,
  serverVariable,
  type ApiClient,
  type ApiClientConfig,
  type ClientOptions,
  type OperationInfo,
  type OperationTable,
  type UnwrappedPaths,
} from "./client.js";
export type { ApiMethod, ApiResult, CallArgs, CallInit, CallOptions, ErrorBody, ParseAs, SuccessBody, UnexpectedErrorBody } from "./types.js";
export { ApiConnectionError, ApiResponseError, ApiTimeoutError } from "./errors.js";
export { toFormData, type MultipartParts } from "./multipart.js";
export { ApiPaginationError, DEFAULT_MAX_PAGES, withPagination, type PagedClient, type PageOptions, type Pagination } from "./pagination.js";
export { backoffDelay, parseRetryAfter, type RetryOptions } from "./retry.js";
export { type Fetch, type PerRequestOptions, type RedirectPolicy } from "./transport.js";
