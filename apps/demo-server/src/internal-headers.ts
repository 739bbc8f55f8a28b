/**
 * Header through which the service identity names the tenancy it acts for. Honoured only when the
 * request is signed by the server's own service key; ignored for everyone else.
 */
export const ON_BEHALF_OF_HEADER = "x-ocikit-on-behalf-of";

/** Header a service-identity copy call uses to say which region the copy's source lives in. */
export const COPY_SOURCE_REGION_HEADER = "x-ocikit-copy-source-region";

/**
 * Sent by a copy delivery whose caller gave an `opc-retry-token` (forwarded with it). Without it the
 * destination keeps no token record for the service call: `@ocikit/core` gives every copy call a fresh
 * token, and remembering those would store a second copy of every response for nothing.
 */
export const CALLER_RETRY_TOKEN_HEADER = "x-ocikit-caller-retry-token";
