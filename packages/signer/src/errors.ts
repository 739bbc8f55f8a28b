// The `@ocikit/signer/errors` entry: the error classes alone, no crypto and no filesystem, so
// `@ocikit/core` can extend `OciError` without loading the signer at import time.
export { OciError } from "./oci-error.js";
