import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { markedBlocks, normalizeDemoOutput, replaceDemoOutput } from "./readme-blocks.mjs";

const sample = [
  "# t",
  "<!-- runnable -->",
  "```sh",
  "echo one",
  "```",
  "text",
  '<!-- runnable background until="listening on" -->',
  "```sh",
  "node server.js",
  "```",
  "```sh",
  "not marked",
  "```",
  "<!-- demo-output -->",
  "```text",
  "old",
  "```",
].join("\n");

test("finds the marked blocks, their kinds and options, and skips unmarked ones", () => {
  const blocks = markedBlocks(sample);
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.background, b.until, b.code]),
    [
      ["runnable", false, undefined, "echo one"],
      ["runnable", true, "listening on", "node server.js"],
      ["demo-output", false, undefined, "old"],
    ],
  );
});

test("refuses a marker without a block after it", () => {
  assert.throws(() => markedBlocks("<!-- runnable -->\ntext\n"), /must be followed by a fenced block/);
});

test("replaces the demo output block only", () => {
  const out = replaceDemoOutput(sample, "new 1\nnew 2\n");
  assert.equal(markedBlocks(out).at(-1).code, "new 1\nnew 2");
  assert.equal(markedBlocks(out)[0].code, "echo one");
});

test("normalizes ids, times, etags, ports and temp dirs, and nothing else", () => {
  const a = normalizeDemoOutput(
    '"id": "ocid1.volumegroupbackup.oc1.iad.33kgmiwk4bsrjhrwmfviwrdvbgkzmapzsbmslqjj2xd5u56u5kzhedhgfxwd",\n' +
      '"compartment-id": "ocid1.tenancy.oc1..aaaaaaaamb3o2qky2bx2sskl22fnwmll65too2wvo7df6aw6pfpvw2six627",\n' +
      '"time-created": "2026-12-03T06:06:46.078000+00:00", "etag": "878db09681f1062cdee78ef889b6094f"\n' +
      "listening on http://127.0.0.1:43463 (data in /tmp/ocikit-demo-6nTzQm)   \n",
  );
  assert.equal(
    a,
    '"id": "ocid1.volumegroupbackup.oc1.iad.…",\n"compartment-id": "ocid1.tenancy.oc1..…",\n' +
      '"time-created": "<time>", "etag": "<etag>"\nlistening on http://127.0.0.1:<port> (data in <data dir>)',
  );
  assert.notEqual(normalizeDemoOutput('"size-in-gbs": 100'), normalizeDemoOutput('"size-in-gbs": 200'));
});

test("the repository's README has runnable blocks and one demo-output block", () => {
  const blocks = markedBlocks(readFileSync(new URL("../../README.md", import.meta.url), "utf8"));
  assert.ok(blocks.filter((b) => b.kind === "runnable").length >= 3);
  assert.equal(blocks.filter((b) => b.kind === "demo-output").length, 1);
  for (const b of blocks.filter((b) => b.kind === "runnable")) assert.equal(b.lang, "sh");
});
