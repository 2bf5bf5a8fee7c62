export { bearerAuth, headerAuth, requireString, type AuthProvider } from "./auth.js";
export {
  ApiAuthError,
  oauth2ClientCredentials,
  oauth2Password,
  oauth2Token,
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
  withPagination,
  type DownloadClient,
  type PagedClient,
  DEFAULT_TIMEOUT_MS,
  fileNameOf,
  type DownloadedFile,
  serverVariable,
  type ApiClient,
  type ApiClientConfig,
  type ClientOptions,
  type OperationInfo,
  type OperationTable,
  type UnwrappedPaths,
  type UnwrapOperation,
} from "./client.js";
export type { ApiMethod, ApiResult, CallArgs, CallInit, CallOptions, ErrorBody, ParseAs, SuccessBody, UnexpectedErrorBody } from "./types.js";
export { ApiConnectionError, ApiResponseError, ApiTimeoutError } from "./errors.js";
export { toFormData, type MultipartParts } from "./multipart.js";
export { operation, type OperationFunction } from "./operation.js";
export { type Pagination } from "./pagination.js";
export { backoffDelay, parseRetryAfter, type RetryOptions } from "./retry.js";
export { type Fetch, type PerRequestOptions } from "./transport.js";
