import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint } from "@ocikit/signer";
import { parseConfig } from "@ocikit/signer/config";
import { tempDir } from "../../test/demo-fixture.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { ensureIdentity } from "./ensure-identity.js";

describe("ensureIdentity", () => {
  it("creates the demo identity once, writes key (0600) and config, and reuses them", async () => {
    const dir = tempDir();
    const store = await openSqliteStore({ file: join(dir, "state.db") });
    const run = () => store.transaction((tx) => ensureIdentity({ get: (k) => tx.getMeta(k), set: (k, v) => tx.setMeta(k, v) }, dir, "eu-frankfurt-1"));
    const first = await run();
    const profile = parseConfig(readFileSync(first.configPath, "utf8")).DEFAULT as Record<string, string>;
    expect(profile).toMatchObject({
      tenancy: first.demo.tenancyId,
      user: first.demo.userId,
      region: "eu-frankfurt-1",
      key_file: join(dir, "oci_api_key.pem"),
    });
    const pem = readFileSync(profile.key_file as string, "utf8");
    expect(profile.fingerprint).toBe(fingerprint(pem));
    expect(statSync(first.keyPath).mode & 0o777).toBe(0o600);
    expect(statSync(first.adminTokenPath).mode & 0o777).toBe(0o600);
    expect(first.demo.tenancyId).toMatch(/^ocid1\.tenancy\.oc1\.\.aaaaaaaa[a-z2-7]{52}$/);
    expect(first.service.keyId).not.toBe(first.demo.keyId);
    const again = await run();
    expect(again.demo).toEqual(first.demo);
    expect(again.adminToken).toBe(first.adminToken);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
