// Stage validate: bad input against the spec is a 400 naming the field (413 over 1 MiB).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "../../test/demo-fixture.js";

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

async function expectError(res: Response, status: number, code: string, mentions?: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get("opc-request-id")).toBeTruthy();
  const body = (await res.json()) as { code: string; message: string };
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe("string");
  if (mentions !== undefined) expect(body.message).toContain(mentions);
}

describe("validation (400) against the spec", () => {
  const create = "/20160918/volumeGroupBackups";
  const cases: Array<[string, string, string, unknown, Record<string, string>, string, string]> = [
    ["invalid JSON", "POST", create, "{not json", {}, "CannotParseRequest", "JSON"],
    ["missing required field", "POST", create, {}, {}, "MissingParameter", "volumeGroupId"],
    ["enum violation", "POST", create, { volumeGroupId: "x", type: "WEEKLY" }, {}, "InvalidParameter", "type"],
    ["unknown field", "POST", create, { volumeGroupId: "x", retention: 3 }, {}, "InvalidParameter", "retention"],
    ["empty string", "POST", create, { volumeGroupId: "" }, {}, "InvalidParameter", "volumeGroupId"],
    ["array instead of object", "POST", create, [], {}, "InvalidParameter", "body"],
    ["wrong type in nested map", "POST", create, { volumeGroupId: "x", freeformTags: { a: 1 } }, {}, "InvalidParameter", "freeformTags.a"],
    ["retry token over 64 chars", "POST", create, { volumeGroupId: "x" }, { "opc-retry-token": "t".repeat(65) }, "InvalidParameter", "opc-retry-token"],
    ["missing compartmentId", "GET", "/20160918/volumeGroupBackups", undefined, {}, "MissingParameter", "compartmentId"],
    ["limit 0", "GET", "/20160918/volumeGroupBackups?compartmentId=c&limit=0", undefined, {}, "InvalidParameter", "limit"],
    ["limit not a number", "GET", "/20160918/volumeGroupBackups?compartmentId=c&limit=ten", undefined, {}, "InvalidParameter", "limit"],
    ["unknown sortBy", "GET", "/20160918/volumeGroupBackups?compartmentId=c&sortBy=NAME", undefined, {}, "InvalidParameter", "sortBy"],
    ["forged page token", "GET", "/20160918/volumeGroupBackups?compartmentId=c&page=MTA.forged", undefined, {}, "InvalidParameter", "page"],
    ["bad percent-encoding", "GET", "/20160918/volumeGroupBackups?compartmentId=c&displayName=%E0%A4%A", undefined, {}, "InvalidParameter", "displayName"],
    ["unknown volume group source type", "POST", "/20160918/volumeGroups", { compartmentId: "c", availabilityDomain: "ad", sourceDetails: { type: "bogus" } }, {}, "InvalidParameter", "sourceDetails.type"],
    ["source without its id list", "POST", "/20160918/volumeGroups", { compartmentId: "c", availabilityDomain: "ad", sourceDetails: { type: "volumeIds" } }, {}, "MissingParameter", "sourceDetails.volumeIds"],
    ["volume too small", "POST", "/20160918/volumes", { compartmentId: "c", sizeInGBs: 10 }, {}, "InvalidParameter", "sizeInGBs"],
    ["path id over 255 chars", "GET", `/20160918/volumeGroupBackups/${"x".repeat(256)}`, undefined, {}, "InvalidParameter", "volumeGroupBackupId"],
    ["copy without destination", "POST", `/20160918/volumeGroupBackups/x/actions/copy`, {}, {}, "MissingParameter", "destinationRegion"],
  ];
  it.each(cases)("%s → %s", async (_name, method, path, body, headers, code, field) => {
    const res = await f.send(method, path, { ...(body !== undefined ? { body } : {}), headers });
    await expectError(res, 400, code, field);
  });

  it("rejects a body over 1 MiB with 413", async () => {
    const res = await f.send("POST", create, { body: { volumeGroupId: "x".repeat(1024 * 1024 + 10) } });
    await expectError(res, 413, "RequestEntityTooLarge");
  });
});
