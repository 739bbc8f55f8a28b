import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
    // The state file holds no service identity: its key lives only in the server's memory.
    expect(await store.transaction((tx) => tx.getMeta("service.key"))).toBeUndefined();
    const again = await run();
    expect(again.demo).toEqual(first.demo);
    expect(again.adminToken).toBe(first.adminToken);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("never overwrites an existing key, config or admin-token file of another identity", async () => {
    for (const name of ["oci_api_key.pem", "config", "admin-token"]) {
      const dir = tempDir();
      const foreign = name === "config" ? "[DEFAULT]\nuser=ocid1.user.oc1..someoneelse\n" : "someone else's\n";
      writeFileSync(join(dir, name), foreign, { mode: 0o600 });
      const store = await openSqliteStore({ file: join(dir, "state.db") });
      try {
        await expect(
          store.transaction((tx) => ensureIdentity({ get: (k) => tx.getMeta(k), set: (k, v) => tx.setMeta(k, v) }, dir, "us-ashburn-1")),
          name,
        ).rejects.toMatchObject({ code: "FILE_CONFLICT", message: expect.stringContaining("never overwrites") });
        expect(readFileSync(join(dir, name), "utf8")).toBe(foreign);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it("keeps a config file of the same identity as it is (another --region, added profiles)", async () => {
    const dir = tempDir();
    const store = await openSqliteStore({ file: join(dir, "state.db") });
    const run = (region: string) =>
      store.transaction((tx) => ensureIdentity({ get: (k) => tx.getMeta(k), set: (k, v) => tx.setMeta(k, v) }, dir, region));
    try {
      const first = await run("us-ashburn-1");
      const edited = `${readFileSync(first.configPath, "utf8")}\n[OTHER]\nuser=ocid1.user.oc1..x\n`;
      writeFileSync(first.configPath, edited);
      await run("eu-frankfurt-1");
      expect(readFileSync(first.configPath, "utf8")).toBe(edited);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
