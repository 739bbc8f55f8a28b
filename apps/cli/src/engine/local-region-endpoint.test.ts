import { describe, expect, it } from "vitest";
import { localRegionRoot } from "./local-region-endpoint.js";

describe("localRegionRoot", () => {
  it.each([
    ["http://127.0.0.1:8080/20160918", "http://127.0.0.1:8080/us-phoenix-1"],
    ["http://127.0.0.1:8080/20160918/", "http://127.0.0.1:8080/us-phoenix-1"],
    ["http://localhost:8080/us-ashburn-1/20160918", "http://localhost:8080/us-phoenix-1"],
    ["http://[::1]:8080/20160918", "http://[::1]:8080/us-phoenix-1"],
    ["https://127.1.2.3/20160918", "https://127.1.2.3/us-phoenix-1"],
    // Not a local server's layout: the endpoint wins, as in the OCI CLI.
    ["https://iaas.us-ashburn-1.oraclecloud.com/20160918", undefined],
    ["http://10.0.0.5:8080/20160918", undefined],
    ["http://127.0.0.1:8080/proxy/v1/20160918", undefined],
    ["http://127.0.0.1:8080/20160918/volumes", undefined],
    ["http://127.0.0.1:8080/20160918?x=1", undefined],
    ["not a url", undefined],
  ])("%s → %s", (endpoint, root) => expect(localRegionRoot(endpoint, "us-phoenix-1")).toBe(root));
});
