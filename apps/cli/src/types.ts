/**
 * The CLI's shared types, in one leaf module: it imports nothing from the CLI, so every layer (argument
 * parsing, commands, engine, output, config) can depend on it without forming a cycle.
 */
import type { CoreClient } from "@ocikit/core";

// ── The outside world ────────────────────────────────────────────────────────────────────────────────

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
  /** Sends HTTP requests. Default: `createNodeHttpFetch()` (src/io/node-http-fetch.ts), a `node:http` fetch without undici's start-up. */
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  now: () => Date;
  /** The filesystem (config, key and rc files, `file://` options, `setup keys`). Default: the real one. */
  fs?: CliFileSystem | undefined;
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

/**
 * The file operations the CLI needs. Failures reject with Node-style errors (`code` such as `ENOENT`),
 * which the callers word for the user.
 */
export interface CliFileSystem {
  readText(path: string): Promise<string>;
  /** Writes (creating or replacing) a file; a new file gets `mode`. */
  writeText(path: string, text: string, mode: number): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  /** Creates one folder (not its parents); rejects with EEXIST/ENOENT like mkdir(2). */
  mkdir(path: string, mode: number): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** The permission bits (`mode & 0o777`) of a file, following links; undefined when it cannot be read. */
  permissions(path: string): Promise<number | undefined>;
}

/** A `CliIo` whose filesystem is chosen. */
export type ResolvedIo = CliIo & { fs: CliFileSystem };

// ── The command table (generated from the spec) ──────────────────────────────────────────────────────

/** A JSON type as the spec gives it. */
export type SpecType = "string" | "integer" | "number" | "boolean" | "object" | "array";

/** One parameter of an operation (path, query or header). */
export interface ParameterSpec {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly type: SpecType;
  readonly enum?: readonly string[];
  readonly required: boolean;
  readonly description: string;
}

/** One property of a request body, by its JSON key. */
export interface BodyPropertySpec {
  readonly key: string;
  readonly type: SpecType;
  readonly enum?: readonly string[];
  readonly required: boolean;
  readonly description: string;
}

/** The request body of an operation. */
export interface BodySpec {
  readonly schema: string | undefined;
  readonly required: boolean;
  readonly properties: readonly BodyPropertySpec[];
}

/** The parts of a request, as openapi-fetch takes them. */
export interface RequestParts {
  params: { path: Record<string, string>; query: Record<string, string | number | boolean>; header: Record<string, string> };
  body?: Record<string, unknown>;
}

/** openapi-fetch's answer. */
export interface InvokeResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Sends one operation through the typed client. */
export type Invoker = (client: CoreClient, init: RequestParts) => Promise<InvokeResult>;

/** The typed request options of one operation of `@ocikit/core`'s `operations` (what `client.GET(path, init)` takes). */
export type OperationInit<O> = (O extends { parameters: infer P } ? { params: P } : object) &
  (O extends { requestBody: { content: { "application/json": infer B } } } ? { body: B } : object);

/** What the spec says about one operation. */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD";
  /** Path template relative to the API version, e.g. `/volumeGroupBackups/{volumeGroupBackupId}`. */
  readonly path: string;
  readonly parameters: readonly ParameterSpec[];
  readonly body?: BodySpec;
  /** The model of a 2xx JSON answer; `list` when the answer is an array of it. */
  readonly response?: { readonly model: string; readonly list: boolean };
  readonly invoke: Invoker;
}

/** A printed model: its fields and lifecycle states. */
export interface ModelSpec {
  readonly fields: readonly string[];
  readonly lifecycleStates: readonly string[];
}

/** The generated table: operations by id, models by name. */
export interface CommandTable {
  readonly operations: Readonly<Record<string, OperationSpec>>;
  readonly models: Readonly<Record<string, ModelSpec>>;
}

// ── Overlays (hand-written: what the spec cannot say) ────────────────────────────────────────────────

/** Wording of one option; a plain string is its help. */
export interface OptionOverlay {
  help?: string;
  hint?: string;
  aliases?: readonly string[];
  sample?: unknown;
  /** The spec field (JSON key or parameter name) this option fills, where the OCI CLI's option name is not its kebab-cased key. */
  field?: string;
}

/** The CLI side of one operation. */
export interface CommandOverlay {
  /** Command word, e.g. `create`. */
  name: string;
  summary: string;
  description: string;
  examples: readonly string[];
  /**
   * Help of the options by option name, in the order help lists them. Spec fields not named here follow,
   * with the spec's description as help. Names must be spec fields (a test checks).
   */
  options?: Readonly<Record<string, string | OptionOverlay>>;
  /** Spec fields (JSON keys or parameter names) the command does not offer; never a required one. */
  omit?: readonly string[];
  /** `--wait-for-state`: poll `via` (a Get operation) with the id from the response or from an option. */
  wait?: { via: string; id: "response" | { option: string } };
  /** `delete` asks before deleting; `tags` before replacing tags. `what` words the `--force` help. */
  confirm?: { kind: "delete" | "tags"; what: string };
}

/** A command group and its operations' overlays, keyed by operationId. */
export interface GroupOverlay {
  name: string;
  summary: string;
  description: string;
  examples: readonly string[];
  commands: Readonly<Record<string, CommandOverlay>>;
}

// ── The command tree ─────────────────────────────────────────────────────────────────────────────────

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

/** How a command waits for a lifecycle state after its call. */
export interface WaitSpec {
  /** The model the GET returns. */
  model: string;
  states: readonly string[];
  /** The Get operation polled, its path template and the path parameter that takes the id. */
  getOperation: string;
  getPath: string;
  idParam: string;
  invoke: Invoker;
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
  model?: string;
  method: OperationSpec["method"];
  /** API path relative to `/20160918`, with `{name}` placeholders for path targets. */
  path: string;
  invoke: Invoker;
  options: readonly OptionSpec[];
  list?: boolean;
  wait?: WaitSpec;
  /** `delete` asks before deleting; `tags` asks before replacing tags in an update. */
  confirm?: "delete" | "tags";
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

export type CustomCommandHandler = (ctx: CommandContext) => Promise<CommandResult>;

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

// ── Parsed input and settings ────────────────────────────────────────────────────────────────────────

/** Raw option text as typed: one entry per occurrence (flags record `true`). */
export type RawValues = Map<string, Array<string | true>>;

/** Resolved option values by option name (`volume-group-id`); absent options have no key. */
export type OptionValues = Record<string, unknown>;

/** Reads `file://path` (relative to cwd, `~` expanded) for JSON options, as the OCI CLI does. */
export type ReadTextFile = (path: string) => Promise<string>;

/** Global settings after the command line, `OCI_CLI_*` variables and the rc file have been combined. */
export interface GlobalSettings {
  /** Config file path, `~` expanded. */
  configFile: string;
  profile: string;
  region: string | undefined;
  /** Service root including the API version, as the OCI CLI's --endpoint. */
  endpoint: string | undefined;
  /** Whether --endpoint was typed (raw-request refuses it) rather than taken from OCI_CLI_ENDPOINT. */
  endpointGiven: boolean;
  auth: string;
  output: "json" | "table";
  query: string | undefined;
  rawOutput: boolean;
  noRetry: boolean;
  maxRetries: number | undefined;
  debug: boolean;
  requestId: string | undefined;
  connectionTimeout: number;
  readTimeout: number;
}

/** What the rc file contributes to one invocation. */
export interface RcSettings {
  commandAliases: Record<string, string>;
  paramAliases: Record<string, string>;
  cannedQueries: Record<string, string>;
  defaultProfile: string | undefined;
  /** Values of the profile's section, with `[DEFAULT]` keys inherited as in configparser. */
  profileDefaults(profile: string): Record<string, string>;
}

/** Everything a command needs: its resolved options, the globals and the outside world. */
export interface CommandContext {
  io: ResolvedIo;
  command: LeafCommand;
  commandPath: readonly string[];
  values: OptionValues;
  globals: GlobalSettings;
  /** Reads a file named on the command line (relative to cwd, `~` expanded). */
  readFile: ReadTextFile;
}

// ── Talking to the service ───────────────────────────────────────────────────────────────────────────

/** One API call, described generically so every command goes through the same code. */
export interface ApiCall {
  operationId: string;
  method: OperationSpec["method"];
  /** Path template relative to the API version, e.g. `/volumeGroupBackups/{volumeGroupBackupId}`. */
  path: string;
  pathParams: Record<string, string>;
  query: Record<string, string | number | boolean>;
  headers: Record<string, string>;
  body?: Record<string, unknown> | undefined;
  /** The typed client call of this operation (from the command table). */
  invoke: Invoker;
}

export interface ApiResult {
  status: number;
  headers: Headers;
  data: unknown;
}

/** The signed, retrying Core Services client the commands talk to. */
export interface Api {
  /** Service root including `/20160918`, for messages and the clock-skew check. */
  readonly baseUrl: string;
  /** Sends the call; a non-2xx answer throws `OciServiceError`. */
  call(call: ApiCall): Promise<ApiResult>;
}

/** Creates the API client for the invocation; for a copy's wait, the destination region's client. */
export type ApiFactory = (options?: { region?: string }) => Promise<Api>;
