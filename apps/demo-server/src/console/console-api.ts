import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../http/read-body.js";
import { CONSOLE_TYPES, type ConsoleResourceType } from "./console-data.js";
import type { ConsoleDeps } from "./console-deps.js";
import { sendError, sendJsonValue } from "./http-answers.js";
import type { LoggedRequest } from "./request-log.js";

const TYPES = new Set<string>(CONSOLE_TYPES);
const OCID = /^ocid1\.[a-z0-9]+\.[a-z0-9-]*\.[a-z0-9-]*\.[A-Za-z0-9._-]{1,200}$/;
/** SSE events are sent in batches at most this often, so a busy server writes little to a console. */
const STREAM_FLUSH_MS = 100;
const STREAM_HEARTBEAT_MS = 15_000;

function operationIds(spec: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const item of Object.values((spec.paths ?? {}) as Record<string, Record<string, { operationId?: string }>>)) {
    for (const op of Object.values(item)) if (typeof op?.operationId === "string") ids.push(op.operationId);
  }
  return ids.sort();
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, 64 * 1024)).toString("utf8");
  return text === "" ? undefined : JSON.parse(text);
}

/** The console's JSON API under /_ocikit/console/api/ (session checked by the caller; writes also CSRF). */
export async function handleConsoleApi(
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
  deps: ConsoleDeps,
  csrf: string,
): Promise<void> {
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", "http://console.invalid");
  const q = (name: string) => url.searchParams.get(name) ?? "";

  if (rest === "session" && method === "GET") {
    const spec = deps.spec();
    return sendJsonValue(res, 200, {
      csrfToken: csrf,
      region: deps.region,
      scopes: await deps.data.scopes(),
      operationIds: operationIds(spec),
      features: { clock: deps.clock !== undefined, policies: (deps.extraTypes ?? []).includes("volumebackuppolicy") },
    });
  }
  if (rest === "resources" && method === "GET") {
    const type = q("type");
    if (!TYPES.has(type) && !(deps.extraTypes ?? []).includes(type)) {
      return sendError(res, 400, "InvalidParameter", `Unknown type '${type.slice(0, 40)}'; use one of ${[...TYPES].join(", ")}.`);
    }
    for (const p of ["tenancyId", "region", "compartmentId"]) {
      if (q(p) === "") return sendError(res, 400, "MissingParameter", `Query parameter '${p}' is required.`);
    }
    const items = await deps.data.list({ type: type as ConsoleResourceType, tenancyId: q("tenancyId"), region: q("region"), compartmentId: q("compartmentId") });
    return sendJsonValue(res, 200, { items });
  }
  const one = /^resources\/([^/]+)$/.exec(rest);
  if (one !== null && method === "GET") {
    const id = decodeURIComponent(one[1] as string);
    const found = OCID.test(id) ? await deps.data.get(id) : undefined;
    if (found === undefined) return sendError(res, 404, "NotFound", `No resource '${id.slice(0, 120)}' (it may have been purged or never existed).`);
    return sendJsonValue(res, 200, found);
  }
  if (rest === "requests" && method === "GET") {
    const after = Number(q("after") || "0");
    return sendJsonValue(res, 200, { events: deps.requests.since(Number.isFinite(after) ? after : 0) });
  }
  if (rest === "requests/stream" && method === "GET") return stream(req, res, deps, Number(req.headers["last-event-id"] ?? q("after") ?? 0) || 0);
  if (rest === "faults" && method === "GET") return sendJsonValue(res, 200, { rules: await deps.faults.list() });
  if (rest === "faults" && method === "POST") {
    let body: unknown;
    try {
      body = await jsonBody(req);
    } catch {
      return sendError(res, 400, "CannotParseRequest", "The body must be one JSON fault rule.");
    }
    let rule: unknown;
    try {
      rule = await deps.faults.add(body);
    } catch (error) {
      if ((error as { code?: unknown }).code !== "INVALID_FAULT_RULE") throw error;
      return sendError(res, 400, "InvalidParameter", (error as Error).message);
    }
    return sendJsonValue(res, 200, { rule });
  }
  const fault = /^faults\/(\d{1,9})$/.exec(rest);
  if (fault !== null && method === "DELETE") {
    return (await deps.faults.remove(Number(fault[1])))
      ? sendJsonValue(res, 204, undefined)
      : sendError(res, 404, "NotFound", `No fault rule with id ${fault[1]}.`);
  }
  if (rest === "reset" && method === "POST") {
    await deps.reset();
    return sendJsonValue(res, 204, undefined);
  }
  if (rest === "clock" && deps.clock !== undefined) {
    if (method === "GET") return sendJsonValue(res, 200, await deps.clock.get());
    if (method === "POST") {
      let body: unknown;
      try {
        body = await jsonBody(req);
      } catch {
        body = undefined;
      }
      const seconds = (body as { advanceSeconds?: unknown } | undefined)?.advanceSeconds;
      if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds < 0) {
        return sendError(res, 400, "InvalidParameter", "Send {\"advanceSeconds\": N} with a whole number N ≥ 0; the clock never moves back.");
      }
      return sendJsonValue(res, 200, await deps.clock.advance(seconds));
    }
  }
  return sendError(res, 404, "NotFound", `No console API '${method} ${rest.slice(0, 80)}'.`);
}

function stream(req: IncomingMessage, res: ServerResponse, deps: ConsoleDeps, after: number): void {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    connection: "keep-alive",
  });
  const format = (e: LoggedRequest) => `id: ${e.seq}\ndata: ${JSON.stringify(e)}\n\n`;
  res.write(`retry: 1000\n${deps.requests.since(after).map(format).join("")}: ready\n\n`);
  let pending: LoggedRequest[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = [];
    res.write(batch.map(format).join(""));
  };
  const unsubscribe = deps.requests.subscribe((e) => {
    pending.push(e);
    timer ??= setTimeout(flush, STREAM_FLUSH_MS);
  });
  const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), STREAM_HEARTBEAT_MS);
  heartbeat.unref();
  const end = () => {
    unsubscribe();
    clearInterval(heartbeat);
    if (timer !== undefined) clearTimeout(timer);
  };
  req.on("close", end);
  res.on("close", end);
}
