import { OciError } from "@ocikit/signer/errors";
/**
 * Thrown when a client is created with neither a region nor an endpoint.
 * @public
 */
export class MissingRegionError extends OciError<"MISSING_REGION"> {
  override readonly name = "MissingRegionError";

  constructor() {
    super(
      "MISSING_REGION",
      `No region or endpoint given. Pass { region: "us-ashburn-1" } (often the profile's region from ` +
        `~/.oci/config), or { endpoint: "http://127.0.0.1:PORT" } for a local server.`,
    );
  }
}
