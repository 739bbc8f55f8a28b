import { CliUsageError } from "../errors/cli-errors.js";
import { confirmOrAbort } from "./confirm.js";
import { buildApiCall } from "./build-api-call.js";
import { responseDocument } from "./response-document.js";
import { waitForResource } from "./wait-for-resource.js";
import { listPages } from "./list-pages.js";
import type { Api, ApiCall, CommandContext, CommandResult, OperationCommand, ApiFactory } from "../types.js";

function confirmation(command: OperationCommand, ctx: CommandContext): string | undefined {
  if (ctx.values["force"] === true) return undefined;
  if (command.confirm === "delete") return "Are you sure you want to delete this resource?";
  if (command.confirm === "tags") {
    const replaced = command.options.filter((s) => s.kind === "json" && ctx.values[s.name] !== undefined).map((s) => s.name);
    if (replaced.length === 0) return undefined;
    return `WARNING: the values given for ${replaced.join(" and ")} replace the existing ones. Are you sure you want to continue?`;
  }
  return undefined;
}

/**
 * Runs one API command: confirmation, the call (every page for `--all`/`--limit`), and the optional wait.
 * Returns the document to print; the caller renders it.
 */
export async function runOperation(command: OperationCommand, ctx: CommandContext, getApi: ApiFactory): Promise<CommandResult> {
  const question = confirmation(command, ctx);
  if (question !== undefined) await confirmOrAbort(ctx.io, question);
  const call = buildApiCall(command, ctx.values, ctx.globals.requestId);
  const api = await getApi();

  if (command.list) return runList(api, call, ctx, command);

  const result = await api.call(call);
  const document = responseDocument(result, command.model);
  const states = ctx.values["wait-for-state"] as string[] | undefined;
  if (!command.wait || states === undefined || states.length === 0) return { kind: "document", document };

  const source = command.wait.idFrom;
  const id = "response" in source ? (result.data as { id?: unknown } | undefined)?.id : ctx.values[source.option];
  if (typeof id !== "string") return { kind: "document", document };
  const destination = ctx.values["destination-region"];
  const waitApi = typeof destination === "string" ? await getApi({ region: destination }) : api;
  const waited = await waitForResource(ctx.io, {
    api: waitApi,
    spec: command.wait,
    id,
    states,
    maxWaitSeconds: ctx.values["max-wait-seconds"] as number,
    intervalSeconds: ctx.values["wait-interval-seconds"] as number,
    requestId: ctx.globals.requestId,
  });
  return { kind: "document", document: command.method === "DELETE" ? undefined : waited };
}

/** The OCI CLI's notice when a list answer has `opc-next-page` and the command could have fetched it all. */
export const LIST_NOT_ALL_ITEMS_RETURNED_WARNING =
  "WARNING: This operation supports pagination and not all resources were returned.  Re-run using the --all option to auto paginate and list all resources.\n";

/**
 * A list's result: the OCI CLI prints `data` only when the list is non-empty (so an empty list with no
 * next page prints nothing), and warns after the output whenever `opc-next-page` is present on a command
 * that supports `--all` — also after `--limit` stopped short of the end.
 */
function listResult(document: Record<string, unknown> | undefined, command: OperationCommand): CommandResult {
  const more = document?.["opc-next-page"] !== undefined && command.options.some((s) => s.name === "all");
  return more ? { kind: "document", document, notice: LIST_NOT_ALL_ITEMS_RETURNED_WARNING } : { kind: "document", document };
}

async function runList(api: Api, call: ApiCall, ctx: CommandContext, command: OperationCommand): Promise<CommandResult> {
  const all = ctx.values["all"] === true;
  const limit = ctx.values["limit"] as number | undefined;
  const pageSize = ctx.values["page-size"] as number | undefined;
  if (all && limit !== undefined) {
    throw new CliUsageError("If you provide the --all option you cannot provide the --limit option", "ALL_WITH_LIMIT");
  }
  if (all || limit !== undefined) {
    const { items, last } = await listPages(api, call, { pageSize, limit: all ? undefined : limit });
    const document = responseDocument(last, command.model, items);
    if (all && document !== undefined) delete document["opc-next-page"];
    return listResult(document !== undefined && Object.keys(document).length > 0 ? document : undefined, command);
  }
  return listResult(responseDocument(await api.call(call), command.model), command);
}
