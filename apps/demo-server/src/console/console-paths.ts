/** Path prefix of the web console (loopback only, session required). */
export const CONSOLE_PREFIX = "/_ocikit/console";
/** Path prefix of the API reference rendered from the spec (loopback only). */
export const DOCS_PREFIX = "/_ocikit/docs";
