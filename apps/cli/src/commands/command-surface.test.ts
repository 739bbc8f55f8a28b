import { describe, expect, it } from "vitest";
import { ROOT } from "./command-tree.js";
import { renderHelp } from "../output/render-help.js";
import { fullCommandSkeleton } from "../args/json-skeleton.js";
import type { CommandNode } from "../types.js";

/** Every command's help, JSON skeleton and option wiring, as one text: any change to the surface shows up in review. */
function surface(node: CommandNode, path: string[]): string[] {
  const out = [`### ocikit ${path.join(" ")}`, renderHelp(path, node)];
  if (node.kind === "group") {
    for (const child of node.children) out.push(...surface(child, [...path, child.name]));
    return out;
  }
  out.push(`skeleton: ${JSON.stringify(fullCommandSkeleton(node))}`);
  if (node.kind === "operation") {
    out.push(`operation: ${node.operationId} ${node.method} ${node.path}${node.list ? " list" : ""}${node.confirm ? ` confirm=${node.confirm}` : ""}`);
    if (node.wait) out.push(`wait: ${node.wait.getOperation} ${node.wait.states.join("|")} id=${JSON.stringify(node.wait.idFrom)}`);
  }
  for (const spec of node.options) {
    const { help: _help, ...wiring } = spec;
    out.push(`  option ${JSON.stringify(wiring, Object.keys(wiring).sort())}`);
  }
  return out;
}

describe("the command surface", () => {
  it("is unchanged unless the snapshot is updated on purpose", async () => {
    await expect(surface(ROOT, []).join("\n")).toMatchFileSnapshot("./__snapshots__/command-surface.txt");
  });
});
