/**
 * Everything the CLI touches in the outside world, passed in so tests can run commands in-process.
 * `main.ts` wires the real process; tests pass buffers, a temp HOME and a pipe-like stdin.
 * @public
 */
export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: InputStream;
  fetch: typeof fetch;
  now: () => Date;
}

/** A writable text stream plus whether it is a terminal. */
export interface OutputStream {
  write(text: string): void;
  isTTY: boolean;
}

/** A readable source of lines (confirmation prompts read one line). */
export interface InputStream {
  isTTY: boolean;
  /**
   * Resolves with the next line without its newline, or undefined at end of input. With `secret`, a
   * terminal does not echo what is typed (passphrases).
   */
  readLine(options?: { secret?: boolean }): Promise<string | undefined>;
}
