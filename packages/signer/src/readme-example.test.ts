// Runs the usage example of README.md as written, so the documentation cannot drift from the code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(packageDir, "README.md"), "utf8");

function firstTsBlock(markdown: string): string {
  const match = /```ts\n([\s\S]*?)```/.exec(markdown);
  if (!match?.[1]) throw new Error("README.md has no ```ts block");
  return match[1];
}

const work = mkdtempSync(join(tmpdir(), "ocikit-readme-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("README usage example", () => {
  it("signs a request and verifies it as the README says", async () => {
    const code = firstTsBlock(readme);
    expect(code).toContain("signRequest");
    expect(code).toContain("verifyRequest");
    // The example imports the published name; point it at this package's source.
    const file = join(work, "example.test-run.ts");
    writeFileSync(
      file,
      code.replace(
        'from "@ocikit/signer"',
        `from ${JSON.stringify(pathToFileURL(join(packageDir, "src", "index.ts")).href)}`,
      ),
    );
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      await import(pathToFileURL(file).href);
      expect(log).toHaveBeenCalledTimes(1);
      const result = log.mock.calls[0]?.[0] as { ok: boolean; keyId: string };
      expect(result.ok).toBe(true);
      expect(result.keyId).toMatch(
        /^ocid1\.tenancy\.oc1\.\.example\/ocid1\.user\.oc1\.\.example\/([0-9a-f]{2}:){15}[0-9a-f]{2}$/,
      );
    } finally {
      log.mockRestore();
    }
  });
});
