import { VERSION } from "./version.js";

// The entry point: the only module that touches `process` and the only caller of process.exit.
// `--version` alone is answered before anything else is evaluated, to keep it as cheap as `node -e 0`.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${VERSION}\n`);
} else {
  // `ocikit … | head -1` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  // A closed stderr (`2>&1 | head`, `2> >(head -c1)`) must neither crash the command nor cost its stdout:
  // there is nowhere left to report to, so diagnostics are dropped.
  process.stderr.on("error", () => undefined);
  // Ctrl-C (e.g. during --wait-for-state) ends the command the way the OCI CLI does: `Aborted!`, exit 1.
  process.once("SIGINT", () => {
    process.stderr.write("\nAborted!\n");
    process.exit(1);
  });
  void Promise.all([import("./run.js"), import("./io/process-io.js")]).then(async ([{ run }, { processIo }]) => {
    process.exit(await run(argv, processIo()));
  });
}
