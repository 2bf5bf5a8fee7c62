export { bearerAuth, headerAuth, requireString, type AuthProvider } from "./auth.js";
export {
  ApiAuthError,
  oauth2ClientCredentials,
  oauth2Password,
  oauth2Token,
  requestToken,
  tokenAuth,
  type OAuth2ClientCredentialsOptions,
  type OAuth2PasswordOptions,
  type Token,
  type TokenAuthOptions,
  type TokenRequest,
} from "./token.js";
export {
  createApiClient,
  DEFAULT_TIMEOUT_MS,
  fileNameOf,
  type DownloadedFile,
  serverVariable,
  type ApiClient,
  type ApiClientConfig,
  type ClientOptions,
  type OperationInfo,
  type OperationTable,
  type UnexpectedErrorBody,
} from "./client.js";
export { ApiConnectionError, ApiTimeoutError } from "./errors.js";
export { backoffDelay, parseRetryAfter, type RetryOptions } from "./retry.js";
export { type Fetch, type PerRequestOptions } from "./transport.js";
