// The built command (dist/main.js) as a child process, for crash tests: started with the given flags,
// resolved once it prints "listening on …".
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));

export interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** Starts `ocikit-demo-server <args>`; rejects with its stderr when it exits before listening. */
export function spawnServer(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Running> {
  const child = spawn(process.execPath, [main, ...args], { stdio: ["ignore", "pipe", "pipe"], env });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/[^\s]+)\n/.exec(out);
      if (m !== null) resolve({ child, url: m[1] as string, exited });
    });
    void exited.then((how) => reject(new Error(`server exited (${String(how)}) before listening: ${stderr}`)));
  });
}
