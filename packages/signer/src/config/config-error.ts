import { OciError } from "../oci-error.js";

/** Machine codes carried by {@link ConfigError}. @public */
export type ConfigErrorCode =
  | "CONFIG_NOT_FOUND"
  | "PROFILE_NOT_FOUND"
  | "MISSING_KEY"
  | "INVALID_CONFIG"
  | "KEY_FILE_NOT_FOUND"
  | "INVALID_KEY_FILE"
  | "TOKEN_NOT_FOUND"
  | "NO_CREDENTIALS"
  | "NO_PROVIDERS";

/**
 * A credential source is absent or broken. `tryNextLink` tells {@link chain} whether the next provider
 * may be tried (true for "nothing configured here", false for "configured but broken").
 * Messages name the file, profile and key involved and say how to fix them; never secrets.
 * @public
 */
export class ConfigError extends OciError<ConfigErrorCode> {
  override readonly name = "ConfigError";
  readonly tryNextLink: boolean;
  readonly path: string | undefined;
  readonly profile: string | undefined;
  readonly key: string | undefined;

  constructor(
    code: ConfigErrorCode,
    message: string,
    details: { tryNextLink?: boolean; path?: string; profile?: string; key?: string; cause?: unknown } = {},
  ) {
    super(code, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.tryNextLink = details.tryNextLink ?? false;
    this.path = details.path;
    this.profile = details.profile;
    this.key = details.key;
  }
}
