// Everything a request needs from node:crypto, @ocikit/signer and the operation tables, kept out
// of the import graph of the package entry and loaded on the first request instead: importing
// them costs ~10 ms, which a CLI printing --help or a program that never calls OCI should not pay.
export { signAttempt } from "./sign-attempt.js";
export { newRequestId, newRetryToken } from "./ids.js";
export { loadPrivateKey } from "@ocikit/signer";
export { lookupOperation } from "./operation-lookup.js";
