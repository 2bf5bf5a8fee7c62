export { bearerAuth, type AuthProvider } from "./auth.js";
export {
  createApiClient,
  DEFAULT_TIMEOUT_MS,
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
