import type { KeyObject } from "node:crypto";

/** A lazily-resolved value, e.g. credentials. @public */
export type Provider<T> = () => Promise<T>;

/**
 * The identity a provider yields. It is a {@link SigningKey} (keyId + private key) plus what the config
 * knew about it, so it can be passed to `signRequest` as is.
 * @public
 */
export interface SigningIdentity {
  keyId: string;
  privateKey: KeyObject;
  tenancy?: string;
  user?: string;
  fingerprint?: string;
  region?: string;
}

/** Environment variables as a plain record (defaults to `process.env` in the providers). @public */
export type Env = Record<string, string | undefined>;

/** Reads a UTF-8 text file (defaults to `fs.promises.readFile`). @public */
export type ReadFile = (path: string) => Promise<string>;
