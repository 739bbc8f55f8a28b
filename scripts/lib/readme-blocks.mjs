// The README's machine-checked parts. A fenced block right after one of these comments is:
//   <!-- runnable -->                          a shell block CI runs (bash -euo pipefail, repo root);
//   <!-- runnable background until="TEXT" -->  a shell block CI starts and leaves running until TEXT
//                                               appears in its output (stopped after the last block);
//   <!-- demo-output -->                       the output of `pnpm demo`, compared modulo ids and times.

const MARKER = /^<!--\s*(runnable|demo-output)\b(.*?)-->\s*$/;
const FENCE = /^```(\w*)\s*$/;

/**
 * The marked blocks of a Markdown text, in order: `{ kind, background, until, lang, code, line }` (`line`
 * is the 1-based line of the marker). Throws when a marker is not followed by a fenced block.
 */
export function markedBlocks(markdown) {
  const lines = markdown.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]);
    if (marker === null) continue;
    const open = FENCE.exec(lines[i + 1] ?? "");
    if (open === null)
      throw new Error(`README line ${i + 1}: the ${marker[1]} marker must be followed by a fenced block.`);
    const end = lines.findIndex((l, j) => j > i + 1 && /^```\s*$/.test(l));
    if (end === -1) throw new Error(`README line ${i + 2}: the fenced block is not closed.`);
    const attrs = marker[2];
    const until = /until="([^"]*)"/.exec(attrs)?.[1];
    blocks.push({
      kind: marker[1],
      background: /\bbackground\b/.test(attrs),
      until,
      lang: open[1],
      code: lines.slice(i + 2, end).join("\n"),
      line: i + 1,
      start: i + 2,
      end,
    });
    i = end;
  }
  return blocks;
}

/** `markdown` with the body of the `demo-output` block replaced by `output`. */
export function replaceDemoOutput(markdown, output) {
  const block = markedBlocks(markdown).find((b) => b.kind === "demo-output");
  if (block === undefined) throw new Error("the README has no <!-- demo-output --> block.");
  const lines = markdown.split("\n");
  lines.splice(block.start, block.end - block.start, ...output.replace(/\n+$/, "").split("\n"));
  return lines.join("\n");
}

/**
 * Demo output with what changes from run to run replaced: OCIDs keep their type and region but lose the
 * unique part, and timestamps, etags, ports and temp directories become placeholders.
 */
export function normalizeDemoOutput(text) {
  return text
    .replace(/\r/g, "")
    .replace(/(ocid1\.[a-z]+\.oc1\.[a-z0-9-]*\.)[a-z0-9]{20,}/g, "$1…")
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)/g, "<time>")
    .replace(/\b[0-9a-f]{32}\b/g, "<etag>")
    .replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:<port>")
    .replace(/\/\S*ocikit-demo-[A-Za-z0-9]+/g, "<data dir>")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n+$/, "");
}
