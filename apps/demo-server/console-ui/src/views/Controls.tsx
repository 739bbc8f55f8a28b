import { useEffect, useState } from "preact/hooks";
import { api, type FaultRule, type Json, type Session } from "../api";
import { Table, type TableColumn } from "../components/Table";

const DAY = 86_400;

function Field(props: { name: string; label: string; type?: "text" | "number"; min?: number; max?: number; step?: string; placeholder?: string }) {
  const { name, label } = props;
  return (
    <div class="field">
      <label for={`fault-${name}`}>{label}</label>
      {props.type === "number" ? (
        <input id={`fault-${name}`} name={name} type="number" min={props.min} max={props.max} step={props.step} placeholder={props.placeholder} />
      ) : (
        <input id={`fault-${name}`} name={name} type="text" placeholder={props.placeholder} />
      )}
    </div>
  );
}

function FaultForm({ operations, onAdded }: { operations: string[]; onAdded: () => void }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rule: Json = {};
    for (const [k, v] of data.entries()) {
      const text = String(v).trim();
      if (text === "") continue;
      rule[k] = ["status", "nth", "count", "probability", "latencyMs"].includes(k) ? Number(text) : text;
    }
    try {
      await api.addFault(rule);
      setError(undefined);
      form.reset();
      onAdded();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form class="fault-form" onSubmit={submit} aria-labelledby="add-fault-title">
      <h3 id="add-fault-title">Add a fault rule</h3>
      {error && <p role="alert" class="error">{error}</p>}
      <div class="grid">
        <div class="field">
          <label for="fault-operation">Operation</label>
          <select id="fault-operation" name="operation">
            <option value="">any operation</option>
            {operations.map((o) => (
              <option value={o}>{o}</option>
            ))}
          </select>
        </div>
        <Field name="status" label="Status" type="number" min={400} max={599} placeholder="e.g. 503" />
        <Field name="code" label="Code" placeholder="e.g. ServiceUnavailable" />
        <Field name="message" label="Message" placeholder="(a default message)" />
        <div class="field">
          <label for="fault-phase">Phase</label>
          <select id="fault-phase" name="phase">
            <option value="before">before: instead of the operation</option>
            <option value="after">after: the operation runs, the answer is lost</option>
          </select>
        </div>
        <Field name="nth" label="From the Nth request" type="number" min={1} />
        <Field name="count" label="At most (count)" type="number" min={1} />
        <Field name="probability" label="Probability" type="number" min={0} max={1} step="0.01" />
        <Field name="latencyMs" label="Latency (ms)" type="number" min={0} max={60000} />
      </div>
      <button type="submit">Add rule</button>
    </form>
  );
}

function Clock() {
  const [clock, setClock] = useState<{ now: string; offsetSeconds: number } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    api.clock().then(setClock, (e: Error) => setError(e.message));
  }, []);
  const advance = (seconds: number) => api.advanceClock(seconds).then(setClock, (e: Error) => setError(e.message));
  return (
    <section aria-labelledby="clock-title">
      <h2 id="clock-title">Server clock</h2>
      {error && <p role="alert" class="error">{error}</p>}
      <p>
        Now <code data-testid="clock-now">{clock?.now ?? "…"}</code> (offset {clock?.offsetSeconds ?? 0} s). Advancing applies every schedule and expiry that falls due.
      </p>
      <button type="button" onClick={() => advance(DAY)}>Advance 1 day</button> <button type="button" onClick={() => advance(7 * DAY)}>Advance 1 week</button>
    </section>
  );
}

function Reset() {
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <section aria-labelledby="reset-title">
      <h2 id="reset-title">Reset state</h2>
      <p>Deletes every resource and retry token of every tenancy. Identities, keys and fault rules stay.</p>
      {done && <p role="status">The state was reset.</p>}
      {asking ? (
        <p>
          Delete everything? <button type="button" class="danger" onClick={() => api.reset().then(() => (setAsking(false), setDone(true)))}>Yes, reset the state</button>{" "}
          <button type="button" onClick={() => setAsking(false)}>Cancel</button>
        </p>
      ) : (
        <button type="button" onClick={() => (setAsking(true), setDone(false))}>Reset state…</button>
      )}
    </section>
  );
}

export function Controls({ session }: { session: Session }) {
  const [rules, setRules] = useState<FaultRule[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const load = () => api.faults().then(setRules, (e: Error) => setError(e.message));
  useEffect(() => {
    void load();
    // Counters (applied / seen) move with every API request.
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, []);
  const columns: TableColumn<FaultRule>[] = [
    { key: "id", label: "Rule", numeric: true, value: (r) => r.id },
    { key: "operation", label: "Operation", value: (r) => r.operation ?? "any" },
    { key: "status", label: "Status", numeric: true, value: (r) => r.status },
    { key: "code", label: "Code", value: (r) => r.code },
    { key: "phase", label: "Phase", value: (r) => r.phase ?? "before" },
    { key: "when", label: "When", value: (r) => [r.nth && `from #${r.nth}`, r.count && `at most ${r.count}`, r.probability !== undefined && `p=${r.probability}`, r.latencyMs && `+${r.latencyMs} ms`].filter(Boolean).join(", ") },
    { key: "applied", label: "Applied / seen", value: (r) => r.applied, render: (r) => `${r.applied} / ${r.seen}` },
    {
      key: "remove",
      label: "Remove",
      value: () => "",
      render: (r) => (
        <button type="button" class="danger" aria-label={`Remove fault rule ${r.id}`} onClick={() => api.removeFault(r.id).then(load, (e: Error) => setError(e.message))}>
          Remove
        </button>
      ),
    },
  ];
  return (
    <section>
      <h1>Faults and controls</h1>
      <section aria-labelledby="faults-title">
        <h2 id="faults-title">Fault rules</h2>
        <p class="muted">Rules make the server fail or slow down matching API requests, to test retries and error handling. The admin API (/_ocikit/faults) sees the same rules.</p>
        {error && <p role="alert" class="error">{error}</p>}
        {rules && <Table caption="Fault rules" columns={columns} rows={rules} rowKey={(r) => String(r.id)} sort={{ key: "id", dir: "asc" }} empty="No fault rules: every request is answered normally." />}
        <FaultForm operations={session.operationIds} onAdded={load} />
      </section>
      {session.features.clock && <Clock />}
      <Reset />
    </section>
  );
}
