// Starts the built demo server (apps/demo-server/dist/main.js) in a child process on a free port and
// resolves once it prints its `listening on …` line. Its stderr is kept for the error message.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { root } from "./pack.mjs";

export async function spawnDemoServer(dataDir, extraArgs = []) {
  const server = spawn(
    process.execPath,
    [join(root, "apps/demo-server/dist/main.js"), "--port", "0", "--data", dataDir, ...extraArgs],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  server.stderr.on("data", (d) => (log += d));
  const url = await new Promise((resolve, reject) => {
    let buf = "";
    server.stdout.on("data", (d) => {
      buf += d;
      const m = /listening on (http:\/\/\S+)/.exec(buf);
      if (m) resolve(m[1]);
    });
    server.on("exit", (code) => reject(new Error(`the demo server exited with code ${code}\n${log}`)));
  });
  return { server, url };
}
