// The demo server from this build with both console slots empty (what `ocikit-demo-server` was before
// the console): the reference of console-overhead.bench.mjs. Usage: node serve-without-console.mjs <data dir>
import { startDemoServer } from "../dist/index.js";

process.umask(0o077);
const server = await startDemoServer({ dataDir: process.argv[2], lifecycle: { mode: "immediate" } });
process.stdout.write(`listening on ${server.url}\n`);
process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
