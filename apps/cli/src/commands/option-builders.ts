import type { OptionSpec } from "../cli/command-spec.js";
import { kebabToCamel } from "../cli/case.js";

/** A required OCID that goes into the URL path; blank values are rejected before any request. */
export function pathId(name: string, key: string, help: string): OptionSpec {
  return { name, kind: "string", required: true, hint: "<OCID>", help, target: { in: "path", key } };
}

/** The OCI CLI gives every `--compartment-id` the short form `-c` (`oci … list -c $C` is common in scripts). */
function shortForms(name: string): Partial<OptionSpec> {
  return name === "compartment-id" ? { aliases: ["-c"] } : {};
}

/** A body field; the JSON key defaults to the camelCased option name. */
export function body(name: string, kind: OptionSpec["kind"], help: string, extra: Partial<OptionSpec> = {}): OptionSpec {
  return { name, kind, help, ...shortForms(name), ...extra, target: { in: "body", key: kebabToCamel(name) } };
}

/** A body field whose JSON key is spelled irregularly (`sizeInGBs`, `vpusPerGB`). */
export function bodyAs(name: string, key: string, kind: OptionSpec["kind"], help: string, extra: Partial<OptionSpec> = {}): OptionSpec {
  return { name, kind, help, ...extra, target: { in: "body", key } };
}

/** A query-string parameter. */
export function query(name: string, kind: OptionSpec["kind"], help: string, extra: Partial<OptionSpec> = {}): OptionSpec {
  return { name, kind, help, ...shortForms(name), ...extra, target: { in: "query", key: kebabToCamel(name) } };
}

const FREEFORM_SAMPLE = { tagKey1: "tagValue1", tagKey2: "tagValue2" };
const DEFINED_SAMPLE = {
  tagNamespace1: { tagKey1: "tagValue1", tagKey2: "tagValue2" },
  tagNamespace2: { tagKey1: "tagValue1", tagKey2: "tagValue2" },
};

/** `--defined-tags` and `--freeform-tags` (inline JSON or file://). */
export function tagOptions(): OptionSpec[] {
  return [
    body("defined-tags", "json", "Defined tags as JSON: {\"namespace\": {\"key\": \"value\"}}. Replaces existing defined tags.", {
      hint: "<JSON>",
      sample: DEFINED_SAMPLE,
    }),
    body("freeform-tags", "json", "Free-form tags as JSON: {\"key\": \"value\"}. Replaces existing free-form tags.", {
      hint: "<JSON>",
      sample: FREEFORM_SAMPLE,
    }),
  ];
}

export function displayNameBody(help = "A user-friendly name; does not have to be unique."): OptionSpec {
  return body("display-name", "string", help, { hint: "<TEXT>" });
}

export function ifMatch(): OptionSpec {
  return { name: "if-match", kind: "string", hint: "<ETAG>", help: "Act only if the resource's current etag equals this value.", target: { in: "header", key: "if-match" } };
}

export function force(what: string): OptionSpec {
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

/** Paging and sorting options shared by the list commands. */
export function listOptions(): OptionSpec[] {
  return [
    query("limit", "int", "Maximum number of items to return in total.", { hint: "<N>" }),
    query("page", "string", "The opc-next-page value from a previous list call.", { hint: "<TOKEN>" }),
    query("sort-by", "enum", "Field to sort by (TIMECREATED descending, DISPLAYNAME ascending by default).", { choices: ["TIMECREATED", "DISPLAYNAME"] }),
    query("sort-order", "enum", "Sort order.", { choices: ["ASC", "DESC"] }),
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
