/**
 * Header through which the service identity names the tenancy it acts for. Honoured only when the
 * request is signed by the server's own service key; ignored for everyone else.
 */
export const ON_BEHALF_OF_HEADER = "x-ocikit-on-behalf-of";

/** Header a service-identity copy call uses to say which region the copy's source lives in. */
export const COPY_SOURCE_REGION_HEADER = "x-ocikit-copy-source-region";
