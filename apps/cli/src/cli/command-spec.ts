/**
 * Declarative shape of the command tree. Commands are data: the parser, help, `--from-json`, the JSON
 * skeleton and the request builder all read the same specs, so an option name is spelled once.
 */

/** How an option's raw text becomes a value. */
export type OptionKind = "string" | "int" | "json" | "enum" | "bool" | "flag";

/** Where an option's value goes in the HTTP request. */
export type OptionTarget =
  | { in: "path"; key: string }
  | { in: "query"; key: string }
  | { in: "body"; key: string }
  | { in: "header"; key: string };

export interface OptionSpec {
  /** Long name without dashes, e.g. `volume-group-id`. */
  name: string;
  kind: OptionKind;
  help: string;
  /** Placeholder shown in help, e.g. `<OCID>`. */
  hint?: string;
  required?: boolean;
  /** Repeatable (click `multiple=True`): values collect into an array. */
  multiple?: boolean;
  choices?: readonly string[];
  /** Extra spellings such as `-d`. */
  aliases?: readonly string[];
  target?: OptionTarget;
  /** Sample value for `--generate-full-command-json-input` when the kind's default does not fit. */
  sample?: unknown;
  /** Default shown in help and applied when the option is absent. */
  defaultValue?: string | number | boolean;
}

import type { ModelName } from "../output/model-fields.js";

/** How a command waits for a lifecycle state after its call. */
export interface WaitSpec {
  /** The model the GET returns. */
  model: ModelName;
  states: readonly string[];
  /** GET path of the resource, with `{id}` replaced by the id to poll. */
  getPath: string;
  getOperation: string;
  /** Where the id to poll comes from: the response body's `id`, or an option value. */
  idFrom: { response: true } | { option: string };
}

/** A leaf command that calls one API operation. */
export interface OperationCommand {
  kind: "operation";
  name: string;
  summary: string;
  description: string;
  examples: readonly string[];
  operationId: string;
  /** The model in the response body, printed with every field (absent ones as null). */
  model?: ModelName;
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** API path relative to `/20160918`, with `{name}` placeholders for path targets. */
  path: string;
  options: readonly OptionSpec[];
  list?: boolean;
  wait?: WaitSpec;
  /** `delete` asks before deleting; `tags` asks before replacing tags in an update. */
  confirm?: "delete" | "tags";
  /** Sent as `opc-request-id` header (copy/change-compartment declare it). */
  sendsRequestId?: boolean;
}

/** A leaf command implemented by its own function (raw-request, setup keys). */
export interface CustomCommand {
  kind: "custom";
  name: string;
  summary: string;
  description: string;
  examples: readonly string[];
  options: readonly OptionSpec[];
  /** Lazy loader, so start-up never evaluates a command it does not run. */
  load: () => Promise<CustomCommandHandler>;
  /** Whether the command needs credentials (setup keys does not). */
  needsAuth: boolean;
}

export type CustomCommandHandler = (ctx: import("./command-context.js").CommandContext) => Promise<CommandResult>;

/** A group such as `bv` or `bv volume-group-backup`. */
export interface GroupCommand {
  kind: "group";
  name: string;
  summary: string;
  description: string;
  examples: readonly string[];
  children: readonly CommandNode[];
}

export type CommandNode = OperationCommand | CustomCommand | GroupCommand;
export type LeafCommand = OperationCommand | CustomCommand;

/** What a command returns for the entry point to print. */
export type CommandResult =
  | {
      kind: "document";
      document: Record<string, unknown> | undefined;
      /** Written to stderr after the document (the OCI CLI's pagination warning). */
      notice?: string;
    }
  | { kind: "raw"; document: unknown }
  | { kind: "text"; text: string; stderr?: string };
