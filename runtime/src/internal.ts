// `@apispec/runtime/internal`: what the generated clients are assembled from. It is not part of the public API:
// names here change with the generator, which is released together with the runtime.
export { bearerAuth, headerAuth, requireHeaderValue, requireString } from "./auth.js";
export {
  type ApiClientConfig,
  createApiClient,
  fileNameOf,
  type OperationInfo,
  type OperationTable,
  onServer,
  serverVariable,
  type UnwrappedPaths,
  validateBaseUrl,
  withDownload,
  withIdempotencyKey,
} from "./client.js";
export { fromEnv } from "./env.js";
export { type LoginContext, type LoginDescription, type LoginRequest, type LoginValue, loginAuth } from "./login.js";
export { toFormData } from "./multipart.js";
export { operation } from "./operation.js";
export { withPagination } from "./pagination.js";
export { backoffDelay, parseRetryAfter } from "./retry.js";
export {
  normaliseTokenUrl,
  type OAuth2ClientCredentialsOptions,
  type OAuth2PasswordOptions,
  oauth2ClientCredentials,
  oauth2Password,
  oauth2Token,
  requestToken,
  sha1Hex,
  type TokenAuthOptions,
  type TokenRequest,
  tokenAuth,
} from "./token.js";
