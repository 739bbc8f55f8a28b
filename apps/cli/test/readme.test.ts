import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVolumeGroup, startHarness, type Harness } from "./harness.js";

// The README's "Use" block is run command by command against the demo server, so the example a user
// copies is known to work. Variables stand for the ids a user would have in their shell.

/** Splits one shell command line into words (single and double quotes, "$VAR" expansion). */
function shellWords(line: string, vars: Record<string, string>): string[] {
  const words: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  let word = "";
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const glued = m.index === last && word !== "";
    if (!glued && word !== "") {
      words.push(word);
      word = "";
    }
    if (m[1] !== undefined) word += m[1];
    else if (m[2] !== undefined) word += m[2].replace(/\$(\w+)/g, (_, v: string) => vars[v] ?? "");
    else word += (m[3] ?? "").replace(/\$(\w+)/g, (_, v: string) => vars[v] ?? "");
    last = m.index + m[0].length;
  }
  if (word !== "") words.push(word);
  return words;
}

async function readmeUseCommands(): Promise<string[]> {
  const text = await readFile(new URL("../README.md", import.meta.url), "utf8");
  const block = /## Use\s+```sh\n([\s\S]*?)```/.exec(text)?.[1];
  if (!block) throw new Error("README.md has no ```sh block under ## Use");
  return block
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l.startsWith("ocikit "));
}

let h: Harness;
let vars: Record<string, string>;

beforeAll(async () => {
  h = await startHarness({ polls: 1 });
  const { volumeGroupId } = await createVolumeGroup(h);
  const backup = await h.json(["bv", "volume-group-backup", "create", "--volume-group-id", volumeGroupId, "--wait-for-state", "AVAILABLE", "--wait-interval-seconds", "1"]);
  vars = { VG: volumeGroupId, C: h.server.compartmentId, B: backup["data"]["id"] as string };
});
afterAll(async () => {
  await h.close();
});

describe("README.md's usage example", () => {
  it("has the seed request among its commands", async () => {
    const commands = await readmeUseCommands();
    expect(commands.length).toBeGreaterThanOrEqual(4);
    expect(commands.some((c) => c.includes("volume-group-backup create") && c.includes("--type FULL"))).toBe(true);
  });

  it("runs every command of the example with exit 0", async () => {
    for (const command of await readmeUseCommands()) {
      const argv = shellWords(command, vars).slice(1);
      const result = await h.cli(argv, { extraEnv: { OCI_CLI_REGION: "us-ashburn-1" } });
      expect({ command, code: result.code, stderr: result.code === 0 ? "" : result.stderr }).toEqual({ command, code: 0, stderr: "" });
      expect(result.stdout.trim().length).toBeGreaterThan(0);
    }
  });
});
