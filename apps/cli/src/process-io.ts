import { homedir } from "node:os";
import type { CliIo, InputStream } from "./io.js";

function stdinLines(): InputStream {
  const buffered: string[] = [];
  let pending = "";
  let ended = false;
  const waiters: Array<() => void> = [];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (chunk: string) => {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf("\n")) >= 0) {
        buffered.push(pending.slice(0, nl).replace(/\r$/, ""));
        pending = pending.slice(nl + 1);
      }
      waiters.splice(0).forEach((w) => w());
    });
    process.stdin.on("end", () => {
      ended = true;
      if (pending) buffered.push(pending);
      pending = "";
      waiters.splice(0).forEach((w) => w());
    });
  };
  return {
    isTTY: process.stdin.isTTY === true,
    async readLine() {
      start();
      if (!ended) process.stdin.resume();
      while (buffered.length === 0 && !ended) await new Promise<void>((resolve) => waiters.push(resolve));
      const line = buffered.shift();
      if (buffered.length === 0) process.stdin.pause();
      return line;
    },
  };
}

/** The real process behind `CliIo`. */
export function processIo(): CliIo {
  return {
    env: process.env,
    home: homedir(),
    cwd: process.cwd(),
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    stdin: stdinLines(),
    fetch: globalThis.fetch,
    now: () => new Date(),
  };
}
