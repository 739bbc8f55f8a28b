// The official OCI TypeScript SDK (oci-common + oci-core, CommonJS) pointed at a demo server, signing
// with the demo identity of its generated config file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseConfig } from "@ocikit/signer/config";

process.env.OCI_SDK_DEFAULT_CIRCUITBREAKER_ENABLED = "false";
const require = createRequire(import.meta.url);
export const common = require("oci-common") as typeof import("oci-common");
export const core = require("oci-core") as typeof import("oci-core");

/** A BlockstorageClient for the DEFAULT profile of `configPath`, sending to `endpoint`. */
export function officialSdkClient(configPath: string, endpoint: string): InstanceType<typeof core.BlockstorageClient> {
  const p = parseConfig(readFileSync(configPath, "utf8")).DEFAULT as Record<string, string>;
  const provider = new common.SimpleAuthenticationDetailsProvider(
    p.tenancy as string,
    p.user as string,
    p.fingerprint as string,
    readFileSync(p.key_file as string, "utf8"),
    null,
    common.Region.US_ASHBURN_1,
  );
  const client = new core.BlockstorageClient({ authenticationDetailsProvider: provider });
  client.endpoint = endpoint;
  return client;
}
