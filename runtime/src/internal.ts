// `@apispec/runtime/internal`: what the generated clients are assembled from. It is not part of the public API:
// names here change with the generator, which is released together with the runtime.
export { bearerAuth, headerAuth, requireHeaderValue, requireString } from "./auth.js";
export {
  createApiClient,
  fileNameOf,
  serverVariable,
  withDownload,
  validateBaseUrl,
  withIdempotencyKey,
  type ApiClientConfig,
  type OperationInfo,
  type OperationTable,
  type UnwrappedPaths,
} from "./client.js";
export { loginAuth, type LoginContext, type LoginDescription, type LoginRequest, type LoginValue } from "./login.js";
export { toFormData } from "./multipart.js";
export { withPagination } from "./pagination.js";
export { operation } from "./operation.js";
export { backoffDelay, parseRetryAfter } from "./retry.js";
export {
  oauth2ClientCredentials,
  oauth2Password,
  oauth2Token,
  normaliseTokenUrl,
  requestToken,
  sha1Hex,
  tokenAuth,
  type OAuth2ClientCredentialsOptions,
  type OAuth2PasswordOptions,
  type TokenAuthOptions,
  type TokenRequest,
} from "./token.js";
