import { describe, expect, it } from "vitest";
import { resolveEndpoint } from "./resolve-endpoint.js";
import { knownRegions, REALM_DOMAINS } from "./realms.js";
import { UnknownRegionError } from "./unknown-region-error.js";
import { InvalidEndpointError } from "./invalid-endpoint-error.js";
import { MissingRegionError } from "./missing-region-error.js";

describe("resolveEndpoint", () => {
  it.each([
    ["us-ashburn-1", "https://iaas.us-ashburn-1.oraclecloud.com/20160918"],
    ["us-phoenix-1", "https://iaas.us-phoenix-1.oraclecloud.com/20160918"],
    ["eu-frankfurt-1", "https://iaas.eu-frankfurt-1.oraclecloud.com/20160918"],
    ["ap-tokyo-1", "https://iaas.ap-tokyo-1.oraclecloud.com/20160918"],
    ["IAD", "https://iaas.us-ashburn-1.oraclecloud.com/20160918"],
    ["us-langley-1", "https://iaas.us-langley-1.oraclegovcloud.com/20160918"],
    ["us-gov-ashburn-1", "https://iaas.us-gov-ashburn-1.oraclegovcloud.com/20160918"],
    ["uk-gov-london-1", "https://iaas.uk-gov-london-1.oraclegovcloud.uk/20160918"],
    ["ap-chiyoda-1", "https://iaas.ap-chiyoda-1.oraclecloud8.com/20160918"],
    ["eu-frankfurt-2", "https://iaas.eu-frankfurt-2.oraclecloud.eu/20160918"],
    ["eu-dcc-milan-1", "https://iaas.eu-dcc-milan-1.oraclecloud14.com/20160918"],
    ["ap-seoul-2", "https://iaas.ap-seoul-2.oraclecloud35.com/20160918"],
    ["us-ashburn-2", "https://iaas.us-ashburn-2.oraclecloud42.com/20160918"],
    ["eu-budapest-1", "https://iaas.eu-budapest-1.oraclecloud51.com/20160918"],
    ["sa-riodejaneiro-1", "https://iaas.sa-riodejaneiro-1.oraclecloud52.com/20160918"],
    ["my-region.example.com", "https://iaas.my-region.example.com/20160918"],
  ])("region %s → %s", (region, expected) => {
    expect(resolveEndpoint({ region })).toBe(expected);
  });

  it.each([
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080/20160918"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080/20160918"],
    ["http://127.0.0.1:8080/us-phoenix-1", "http://127.0.0.1:8080/us-phoenix-1/20160918"],
    ["http://127.0.0.1:8080/20160918", "http://127.0.0.1:8080/20160918"],
    ["https://iaas.us-ashburn-1.oraclecloud.com", "https://iaas.us-ashburn-1.oraclecloud.com/20160918"],
  ])("endpoint %s wins over the region → %s", (endpoint, expected) => {
    expect(resolveEndpoint({ region: "eu-frankfurt-1", endpoint })).toBe(expected);
  });

  it.each([
    ["http://user:pw@127.0.0.1:8080", "user info"],
    ["http://127.0.0.1:8080/?a=b", "query"],
    ["http://127.0.0.1:8080?", "query"],
    ["http://127.0.0.1:8080/#frag", "fragment"],
    ["ftp://127.0.0.1", "scheme"],
    ["127.0.0.1:8080", "absolute URL"],
    ["not a url", "absolute URL"],
  ])("rejects endpoint %s (%s)", (endpoint, problem) => {
    const error = (() => {
      try {
        resolveEndpoint({ endpoint });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidEndpointError);
    expect((error as InvalidEndpointError).code).toBe("INVALID_ENDPOINT");
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message).not.toContain("pw");
  });

  it("names an unknown region and says how to pass an endpoint", () => {
    expect(() => resolveEndpoint({ region: "mars-olympus-1" })).toThrow(UnknownRegionError);
    expect(() => resolveEndpoint({ region: "mars-olympus-1" })).toThrow(/"mars-olympus-1".*endpoint/s);
  });

  it("asks for a region or endpoint when both are missing", () => {
    expect(() => resolveEndpoint({})).toThrow(MissingRegionError);
  });

  it("maps every built-in region through a known realm", () => {
    const regions = knownRegions();
    expect(regions.length).toBeGreaterThanOrEqual(85);
    for (const { regionId, realm } of regions) {
      expect(REALM_DOMAINS[realm], regionId).toBeDefined();
      expect(resolveEndpoint({ region: regionId })).toBe(`https://iaas.${regionId}.${REALM_DOMAINS[realm]}/20160918`);
    }
  });
});
