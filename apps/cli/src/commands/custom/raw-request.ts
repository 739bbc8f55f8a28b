import { createSignedFetch } from "@ocikit/core";
import { CliUsageError } from "../../errors/cli-errors.js";
import { readOptionFile } from "../../args/read-option-file.js";
import { resolveIdentity } from "../../config/resolve-identity.js";
import { debugHooks } from "../../engine/debug-hooks.js";
import { retrySetting, timedTransport, userAgent } from "../../engine/api-client.js";
import type { CommandContext, CommandResult } from "../../types.js";

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * `ocikit raw-request`: one signed request to any URL, printed as `{"data", "headers", "status"}` like the
 * OCI CLI. An HTTP error status is still a successful command (exit 0); only no answer at all fails.
 */
export async function rawRequest(ctx: CommandContext): Promise<CommandResult> {
  const { globals, io, values } = ctx;
  // Only the option: OCI_CLI_ENDPOINT, exported for the other commands, does not concern this one.
  if (globals.endpointGiven) throw new CliUsageError("raw-request takes the full URL in --target-uri; do not pass --endpoint.", "RAW_REQUEST_ENDPOINT");
  if (globals.output === "table") throw new CliUsageError("raw-request prints JSON only; drop --output table.", "RAW_REQUEST_TABLE");
  const target = values["target-uri"] as string;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new CliUsageError(`--target-uri '${target}' is not an absolute URL; include the scheme and host, e.g. https://iaas.us-ashburn-1.oraclecloud.com/20160918/….`, "BAD_TARGET_URI");
  }
  const method = values["http-method"] as string;
  let body = values["request-body"] as string | undefined;
  if (body?.startsWith("file://")) body = await readOptionFile(ctx.readFile, body.slice("file://".length), "request-body");
  const headers = new Headers({ "content-type": "application/json" });
  const extra = values["request-headers"];
  if (extra !== undefined) {
    if (extra === null || typeof extra !== "object" || Array.isArray(extra)) throw new CliUsageError("--request-headers must be a JSON object of header names to values.", "BAD_HEADERS");
    for (const [name, value] of Object.entries(extra)) headers.set(name, String(value));
  }
  if (globals.requestId !== undefined) headers.set("opc-request-id", globals.requestId);

  const { identity } = await resolveIdentity(globals, io);
  const signedFetch = createSignedFetch({
    auth: { keyId: identity.keyId, privateKey: identity.privateKey },
    retry: retrySetting(globals),
    fetch: timedTransport(io, globals),
    now: io.now,
    userAgent: userAgent(),
    hooks: globals.debug ? debugHooks(io) : undefined,
  });
  const init: RequestInit = { method, headers };
  if (body !== undefined && method !== "GET" && method !== "HEAD") init.body = body;
  const response = await signedFetch(url, init);
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  return {
    kind: "raw",
    document: { data: await parseBody(response), headers: responseHeaders, status: `${response.status} ${response.statusText}`.trim() },
  };
}
