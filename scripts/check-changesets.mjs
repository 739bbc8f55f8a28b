#!/usr/bin/env node
// Fails when a published package's shipped files changed since its last release without a pending
// changeset that names it. "Last release" = the last commit that changed the package's version.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { publishable, root } from "./lib/pack.mjs";

const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();

if (git("rev-parse", "--is-shallow-repository") === "true") {
  console.log("shallow clone: history unavailable, changeset check skipped");
  process.exit(0);
}

const pending = readdirSync(join(root, ".changeset"))
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => readFileSync(join(root, ".changeset", f), "utf8"));
const named = (name) =>
  pending.some((text) =>
    new RegExp(`^["']?${name.replace("/", "\\/")}["']?\\s*:`, "m").test(text.split("---")[1] ?? ""),
  );

let ok = true;
for (const dir of publishable) {
  const { name, version } = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
  // The newest commit whose diff touched the "version" line of this package.json.
  const since = git("log", "-1", "--format=%H", "-G", '"version"', "--", `${dir}/package.json`);
  const range = since ? [`${since}..HEAD`] : [];
  const changed = git("log", "--format=%H", ...range, "--", `${dir}/src`, `${dir}/package.json`, `${dir}/README.md`);
  // 0.0.0 was never released: its first release needs a changeset too.
  const needsOne = version === "0.0.0" || since === "" || changed !== "";
  if (needsOne && !named(name)) {
    console.log(
      `${name}@${version} changed since its last release but no pending changeset names it: run \`pnpm changeset\`.`,
    );
    ok = false;
  } else {
    console.log(
      `${name}@${version}: ${needsOne ? "changes covered by a pending changeset" : "unchanged since its last release"}`,
    );
  }
}
process.exit(ok ? 0 : 1);
