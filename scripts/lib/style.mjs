// Terminal styling for the project's scripts: bold only when the stream is a terminal and NO_COLOR
// (https://no-color.org: present and not empty) is not set, so piped or captured output is plain text.

/** Whether `stream` may carry escape codes. */
export function canStyle(stream, env = process.env) {
  return stream.isTTY === true && !(typeof env.NO_COLOR === "string" && env.NO_COLOR !== "");
}

/** `text` in bold for `stream` when it may be styled, else `text` unchanged. */
export function bold(text, stream, env = process.env) {
  return canStyle(stream, env) ? `\x1b[1m${text}\x1b[0m` : text;
}
