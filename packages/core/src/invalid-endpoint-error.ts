import { OciError } from "@ocikit/signer/errors";
/**
 * Thrown when an explicit endpoint is not a usable service root.
 * @public
 */
export class InvalidEndpointError extends OciError<"INVALID_ENDPOINT"> {
  override readonly name = "InvalidEndpointError";
  readonly endpoint: string;

  constructor(endpoint: string, problem: string) {
    // Credentials in a URL must not reach logs through the message or the field.
    const shown = endpoint.replace(/\/\/[^/@]*@/, "//[REDACTED]@");
    super(
      "INVALID_ENDPOINT",
      `Invalid endpoint "${shown}": ${problem}. Pass an http(s) service root without credentials, ` +
        `query or fragment, e.g. "http://127.0.0.1:8080" or "https://iaas.us-ashburn-1.oraclecloud.com".`,
    );
    this.endpoint = shown;
  }
}
