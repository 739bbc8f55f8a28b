import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** Absolute path of the OpenAPI document. */
export const specPath = fileURLToPath(new URL("./core-services.yaml", import.meta.url));

/** Parse the OpenAPI document (a fresh object on every call). */
/** @param {(path: string) => string} [readFile] */
export function loadSpec(readFile = (p) => readFileSync(p, "utf8")) {
  return parse(readFile(specPath));
}
