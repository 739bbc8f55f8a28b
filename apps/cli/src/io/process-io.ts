import { homedir } from "node:os";
import type { InputStream, ResolvedIo } from "../types.js";
import { nodeFileSystem } from "./node-file-system.js";
import { createNodeHttpFetch } from "./node-http-fetch.js";

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
    async readLine(options) {
      if (options?.secret && process.stdin.isTTY === true) return readHidden();
      start();
      if (!ended) process.stdin.resume();
      while (buffered.length === 0 && !ended) await new Promise<void>((resolve) => waiters.push(resolve));
      const line = buffered.shift();
      if (buffered.length === 0) process.stdin.pause();
      return line;
    },
  };
}

/** Reads one line from the terminal in raw mode, so a typed passphrase never appears on screen. */
function readHidden(): Promise<string | undefined> {
  const stdin = process.stdin;
  return new Promise((resolve) => {
    let typed = "";
    const finish = (value: string | undefined) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return finish(typed);
        // Ctrl-C and Ctrl-D end the prompt as they would a visible one.
        if (char === "\u0003") return process.kill(process.pid, "SIGINT");
        if (char === "\u0004") return finish(typed === "" ? undefined : typed);
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.setRawMode(true);
    stdin.on("data", onData);
    stdin.resume();
  });
}

/** The real process behind `CliIo`. */
export function processIo(): ResolvedIo {
  return {
    env: process.env,
    home: homedir(),
    cwd: process.cwd(),
    stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    stdin: stdinLines(),
    fetch: createNodeHttpFetch(),
    now: () => new Date(),
    fs: nodeFileSystem,
  };
}
