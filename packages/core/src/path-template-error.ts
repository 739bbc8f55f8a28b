import { OciError } from "@ocikit/signer/errors";

/** Machine codes of {@link PathTemplateError}. @public */
export type PathTemplateErrorCode = "INVALID_PATH_TEMPLATE" | "MISSING_PATH_PARAMETER";

/**
 * A path template cannot be compiled, or `build` was not given a value for one of its parameters.
 * @public
 */
export class PathTemplateError extends OciError<PathTemplateErrorCode> {
  override readonly name = "PathTemplateError";
  readonly template: string;

  constructor(code: PathTemplateErrorCode, template: string, message: string) {
    super(code, message);
    this.template = template;
  }
}
