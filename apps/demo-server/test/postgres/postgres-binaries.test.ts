import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { postgresUser, runnableBinaries, runnableBy } from "./postgres-binaries.mjs";

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A stand-in `native` folder (bin/postgres prints a version) inside a folder of the given mode. */
async function fakeNative(parentMode: number): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), "ocikit-pg-fake-"));
  made.push(parent);
  await chmod(parent, parentMode);
  const native = join(parent, "native");
  await mkdir(join(native, "bin"), { recursive: true, mode: 0o755 });
  await writeFile(join(native, "bin", "postgres"), "#!/bin/sh\necho 'postgres (PostgreSQL) 17'\n", { mode: 0o755 });
  return native;
}

describe("the PostgreSQL binaries, runnable by the user the cluster runs as", () => {
  it("uses the package's own folder when the current user can run it", async () => {
    const native = await fakeNative(0o700);
    expect(runnableBy(native, undefined)).toBe(true);
    expect(await runnableBinaries(undefined, native)).toEqual({ native, copy: undefined });
  });

  it.runIf(userInfo().uid === 0)(
    "as root, copies them out of a folder the postgres user cannot reach (a clone under mktemp -d)",
    async () => {
      const user = await postgresUser();
      const cases = [
        { parentMode: 0o700, copied: true },
        { parentMode: 0o755, copied: false },
      ];
      for (const { parentMode, copied } of cases) {
        const native = await fakeNative(parentMode);
        expect(runnableBy(native, user)).toBe(!copied);
        const staged = await runnableBinaries(user, native);
        if (staged.copy !== undefined) made.push(staged.copy);
        expect(staged.copy !== undefined).toBe(copied);
        expect(runnableBy(staged.native, user)).toBe(true);
      }
    },
  );
});
