import { AbortedError } from "../errors/cli-errors.js";
import type { CliIo } from "../types.js";

/**
 * Asks a yes/no question (default No) and throws `AbortedError` unless the answer is yes. The prompt goes to
 * stderr so that stdout stays pure data; the answer is one line from stdin, piped or typed.
 */
export async function confirmOrAbort(io: Pick<CliIo, "stdin" | "stderr">, question: string): Promise<void> {
  io.stderr.write(`${question} [y/N]: `);
  const answer = await io.stdin.readLine();
  if (answer === undefined) io.stderr.write("\n");
  if (answer === undefined || !["y", "yes"].includes(answer.trim().toLowerCase())) throw new AbortedError();
}
