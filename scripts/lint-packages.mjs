#!/usr/bin/env node
// publint and "Are the Types Wrong?" on the tarballs we would publish. Any message fails the run.
import { spawnSync } from "node:child_process";
import { packAll, root } from "./lib/pack.mjs";

let ok = true;
for (const { name, tarball } of packAll()) {
  const pub = spawnSync("pnpm", ["exec", "publint", "run", tarball, "--strict"], { cwd: root, encoding: "utf8" });
  const out = `${pub.stdout}${pub.stderr}`.trim();
  const clean = pub.status === 0 && !/suggestion|warning|error/i.test(out.replace(/All good!?/i, ""));
  console.log(`publint ${name}: ${clean ? "clean" : "FAILED"}`);
  if (!clean) {
    console.log(out);
    ok = false;
  }
  if (name === "ocikit") continue; // a bin-only package: no types to check
  const attw = spawnSync("pnpm", ["exec", "attw", tarball, "--profile", "esm-only", "--format", "ascii"], {
    cwd: root,
    encoding: "utf8",
  });
  console.log(`attw ${name}: ${attw.status === 0 ? "clean" : "FAILED"}`);
  if (attw.status !== 0) {
    console.log(`${attw.stdout}${attw.stderr}`.trim());
    ok = false;
  }
}
process.exit(ok ? 0 : 1);
