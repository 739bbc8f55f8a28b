import { useEffect, useMemo, useState } from "preact/hooks";
import { API, type RequestEvent } from "../api";
import { OcidLink } from "../components/resource-columns";
import { Table, type TableColumn } from "../components/Table";
import { formatTime, shortKeyId } from "../format";
import { navigate, type Location } from "../router";

/** How many requests the page keeps (the server keeps the same number). */
const KEEP = 5000;

/** The live request log: server-sent events from the server's ring of recent requests. */
function useRequestStream(): { events: RequestEvent[]; connected: boolean } {
  const [events, setEvents] = useState<RequestEvent[]>([]);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(`${API}/requests/stream`);
    let buffer: RequestEvent[] = [];
    let scheduled = false;
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (m) => {
      buffer.push(JSON.parse(m.data) as RequestEvent);
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const add = buffer;
        buffer = [];
        setEvents((old) => {
          const seen = old.length === 0 ? 0 : (old[old.length - 1] as RequestEvent).seq;
          const merged = old.concat(add.filter((e) => e.seq > seen));
          return merged.length > KEEP ? merged.slice(merged.length - KEEP) : merged;
        });
      });
    };
    return () => source.close();
  }, []);
  return { events, connected };
}

const STATUS_FILTERS: Record<string, (e: RequestEvent) => boolean> = {
  all: () => true,
  errors: (e) => e.status >= 400,
  auth: (e) => e.status === 401,
  ok: (e) => e.status < 400,
};

function ocidIn(path: string): string | undefined {
  return /ocid1\.[a-z0-9]+\.[a-z0-9-]*\.[a-z0-9-]*\.[A-Za-z0-9._-]+/.exec(decodeURIComponent(path))?.[0];
}

function Detail({ event }: { event: RequestEvent }) {
  const ocid = ocidIn(event.path);
  const f = event.authFailure;
  return (
    <section class="request-detail" aria-labelledby="request-detail-title">
      <h2 id="request-detail-title">
        {event.method} {event.path} → {event.status} {event.code ?? ""}
      </h2>
      <dl class="facts">
        <dt>opc-request-id</dt>
        <dd>
          <code>{event.opcRequestId}</code>
        </dd>
        <dt>Operation</dt>
        <dd>{event.operationId ?? "—"}</dd>
        <dt>Caller keyId</dt>
        <dd>
          <code>{event.keyId ?? "—"}</code>
        </dd>
        <dt>Region</dt>
        <dd>{event.region ?? "—"}</dd>
        <dt>Latency</dt>
        <dd>{event.latencyMs} ms</dd>
        {ocid && (
          <>
            <dt>Resource</dt>
            <dd>
              <OcidLink id={ocid} />
            </dd>
          </>
        )}
      </dl>
      {f && (
        <>
          <h3>Why the signature was rejected</h3>
          <p class="auth-reason" data-testid="auth-reason">
            <strong>{f.code}</strong>: {f.message}
          </p>
          <div class="side-by-side">
            <div>
              <h4>Signing string the server computed</h4>
              {f.signingString === undefined ? (
                <p class="muted">None: the Authorization header did not name the signed headers, or one of them is missing.</p>
              ) : (
                <pre class="signing-string" tabIndex={0} aria-label="Signing string the server computed">{f.signingString}</pre>
              )}
              <p class="muted">Compare it line by line with the string your client signed: the first line that differs is the header (or path, or key) that is wrong.</p>
            </div>
            <div>
              <h4>Headers received</h4>
              <table class="headers">
                <caption class="visually-hidden">Headers received</caption>
                <thead>
                  <tr>
                    <th scope="col">Header</th>
                    <th scope="col">Value</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(f.headers).map(([k, v]) => (
                    <tr>
                      <th scope="row">{k}</th>
                      <td>
                        <code>{v}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}

export function Requests({ loc }: { loc: Location }) {
  const { events, connected } = useRequestStream();
  const status = loc.query.get("status") ?? "all";
  const selected = loc.query.get("id") ?? undefined;
  const rows = useMemo(() => events.filter(STATUS_FILTERS[status] ?? STATUS_FILTERS.all!), [events, status]);
  const select = (e: RequestEvent) => {
    const q = new URLSearchParams(loc.query);
    q.set("id", e.opcRequestId);
    navigate(`${loc.path}?${q}`, true);
  };
  const setStatus = (value: string) => {
    const q = new URLSearchParams(loc.query);
    q.set("status", value);
    navigate(`${loc.path}?${q}`, true);
  };
  const columns: TableColumn<RequestEvent>[] = [
    { key: "time", label: "Time", value: (e) => e.seq, render: (e) => formatTime(e.time).slice(11) },
    { key: "method", label: "Method", value: (e) => e.method },
    { key: "operation", label: "Operation", value: (e) => e.operationId ?? e.path, render: (e) => <button type="button" class="linkish" onClick={() => select(e)}>{e.operationId ?? e.path}</button> },
    { key: "status", label: "Status", numeric: true, value: (e) => e.status, render: (e) => <span class={e.status >= 400 ? "status-bad" : "status-ok"}>{e.status}</span> },
    { key: "code", label: "Code", value: (e) => e.code },
    { key: "opcRequestId", label: "opc-request-id", value: (e) => e.opcRequestId, render: (e) => <code>{e.opcRequestId}</code> },
    { key: "keyId", label: "Caller", value: (e) => e.keyId, render: (e) => <span title={e.keyId}>{shortKeyId(e.keyId)}</span> },
    { key: "latency", label: "Latency (ms)", numeric: true, value: (e) => e.latencyMs },
  ];
  const chosen = selected === undefined ? undefined : events.find((e) => e.opcRequestId === selected);
  return (
    <section>
      <h1>Requests</h1>
      <p class="muted">
        The last {KEEP} API requests, live ({connected ? "connected" : "reconnecting…"}). Choose an operation to see its details; a 401 shows why its signature was rejected.
      </p>
      <Table
        caption="Requests"
        columns={columns}
        rows={rows}
        rowKey={(e) => String(e.seq)}
        sort={{ key: "time", dir: "desc" }}
        limit={500}
        selectedKey={chosen === undefined ? undefined : String(chosen.seq)}
        toolbar={
          <label>
            Status{" "}
            <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
              <option value="all">all</option>
              <option value="ok">successes</option>
              <option value="errors">errors (4xx, 5xx)</option>
              <option value="auth">401 signature failures</option>
            </select>
          </label>
        }
        empty="No API request yet. Run a command against the server and it appears here."
      />
      {chosen && <Detail event={chosen} />}
    </section>
  );
}
