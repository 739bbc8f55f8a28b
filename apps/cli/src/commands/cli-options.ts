import type { OptionSpec } from "../types.js";

/**
 * Options the CLI adds to operations itself, because the spec has no field for them: paging over every
 * page, confirmation, waiting, and JSON input.
 */

export function forceOption(what: string): OptionSpec {
  return { name: "force", kind: "flag", help: `Do not ask for confirmation before ${what}.` };
}

/** `--wait-for-state` (repeatable), `--max-wait-seconds`, `--wait-interval-seconds`. */
export function waitOptions(states: readonly string[]): OptionSpec[] {
  return [
    { name: "wait-for-state", kind: "enum", multiple: true, choices: states, help: "Wait until the resource reaches this lifecycle state (repeatable; any one ends the wait)." },
    { name: "max-wait-seconds", kind: "int", hint: "<SECONDS>", defaultValue: 1200, help: "Maximum time to wait (default 1200)." },
    { name: "wait-interval-seconds", kind: "int", hint: "<SECONDS>", defaultValue: 30, help: "Time between state checks (default 30)." },
  ];
}

/** `--all` and `--page-size` of the list commands. */
export function pagingOptions(): OptionSpec[] {
  return [
    { name: "all", kind: "flag", help: "Fetch every page of results.", sample: true },
    { name: "page-size", kind: "int", hint: "<N>", help: "Items per request when used with --all or --limit." },
  ];
}

/** Options every API command accepts for JSON input. */
export function jsonInputOptions(): OptionSpec[] {
  return [
    { name: "from-json", kind: "string", hint: "<JSON>", help: "Option values as a JSON object (inline or file://path); options given on the line win." },
    { name: "generate-full-command-json-input", kind: "flag", help: "Print a JSON skeleton of every option for --from-json and exit." },
    { name: "generate-param-json-input", kind: "string", hint: "<OPTION>", help: "Print a JSON example for one complex option and exit." },
  ];
}

/** Names of the options above: no spec field may take one of them. */
export const CLI_OPTION_NAMES: ReadonlySet<string> = new Set([
  "force", "wait-for-state", "max-wait-seconds", "wait-interval-seconds", "all", "page-size",
  "from-json", "generate-full-command-json-input", "generate-param-json-input",
]);
