import { OciError } from "@ocikit/signer/errors";
/**
 * Thrown when a region id is neither in the built-in table nor a dotted domain.
 * @public
 */
export class UnknownRegionError extends OciError<"UNKNOWN_REGION"> {
  override readonly name = "UnknownRegionError";
  readonly region: string;

  constructor(region: string) {
    super(
      "UNKNOWN_REGION",
      `Unknown OCI region "${region}": it is not in ocikit's region table and is not a domain. ` +
        `Check the spelling (e.g. "us-ashburn-1"), pass the realm's full domain as the region ` +
        `(e.g. "my-region-1.oraclecloud.example", which maps to https://iaas.<domain>/20160918), ` +
        `or pass an explicit endpoint without the API version, e.g. { endpoint: "https://iaas.my-region-1.oraclecloud.com" }.`,
    );
    this.region = region;
  }
}
