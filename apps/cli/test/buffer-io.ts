import type { CliIo } from "../src/types.js";

export interface BufferIoOptions {
  env?: Record<string, string | undefined>;
  home?: string;
  cwd?: string;
  /** Lines typed on stdin (confirmation answers). */
  stdin?: string[];
  stderrIsTTY?: boolean;
  now?: () => Date;
  fetch?: CliIo["fetch"];
}

/** A `CliIo` over string buffers: what a command printed ends up in `out`. */
export function bufferIo(options: BufferIoOptions = {}): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: "", stderr: "" };
  const lines = [...(options.stdin ?? [])];
  const io: CliIo = {
    env: options.env ?? {},
    home: options.home ?? "/nonexistent-home",
    cwd: options.cwd ?? "/",
    stdout: { write: (text) => void (out.stdout += text), isTTY: false },
    stderr: { write: (text) => void (out.stderr += text), isTTY: options.stderrIsTTY ?? false },
    stdin: { isTTY: false, readLine: async () => lines.shift() },
    fetch: options.fetch ?? (() => Promise.reject(new Error("no network in this test"))),
    now: options.now ?? (() => new Date()),
  };
  return { io, out };
}
