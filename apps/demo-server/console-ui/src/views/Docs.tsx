import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

type Obj = Record<string, any>;

const METHODS = ["get", "post", "put", "delete", "patch"];

function deref(spec: Obj, value: Obj | undefined): Obj | undefined {
  let v = value;
  for (let i = 0; i < 10 && v !== undefined && typeof v.$ref === "string"; i++) {
    v = (v.$ref as string)
      .replace(/^#\//, "")
      .split("/")
      .reduce<Obj | undefined>((o, k) => (o === undefined ? undefined : o[k]), spec);
  }
  return v;
}

function refName(schema: Obj | undefined): string | undefined {
  return typeof schema?.$ref === "string" ? (schema.$ref as string).split("/").at(-1) : undefined;
}

function TypeOf({ schema }: { schema: Obj | undefined }) {
  if (schema === undefined) return <>—</>;
  const name = refName(schema);
  if (name !== undefined) return <a href={`#schema-${name}`}>{name}</a>;
  if (schema.type === "array") return <>array of <TypeOf schema={schema.items} /></>;
  if (Array.isArray(schema.enum)) return <>{`${schema.type ?? "string"}: ${schema.enum.join(" | ")}`}</>;
  if (Array.isArray(schema.oneOf)) return <>{schema.oneOf.map((s: Obj, i: number) => <>{i > 0 && " | "}<TypeOf schema={s} /></>)}</>;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "object");
  return <>{`${type}${schema.format ? ` (${schema.format})` : ""}`}</>;
}

export interface DocOperation {
  method: string;
  path: string;
  op: Obj;
}

/** Every operation of the spec, in the order of its paths. */
export function operationsOf(spec: Obj): DocOperation[] {
  const out: DocOperation[] = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Obj)) {
    for (const m of METHODS) if (item[m] !== undefined) out.push({ method: m.toUpperCase(), path, op: item[m] });
  }
  return out;
}

/** A request as curl would send it: the operation's path, its example body, placeholders for the signature (as in the seed). */
function exampleRequest(spec: Obj, o: DocOperation, body: unknown): string {
  const server = String(spec.servers?.[0]?.url ?? "").replace("{region}", "{{region}}");
  const params = ((o.op.parameters ?? []) as Obj[]).map((p) => deref(spec, p) as Obj);
  const lines = [`curl -X ${o.method} \\`];
  if (params.some((p) => p.in === "header" && p.name === "opc-retry-token")) lines.push(`  -H "opc-retry-token: <unique token>" \\`);
  if (body !== undefined) lines.push(`  -H "content-type: application/json" \\`);
  lines.push(`  -H "date: {{date}}" \\`, `  -H "authorization: {{signature}}" \\`);
  if (body !== undefined) lines.push(`  -H "x-content-sha256: {{content_sha256}}" \\`, `  -d '${JSON.stringify(body, null, 2)}' \\`);
  lines.push(`  "${server}${o.path}"`);
  return lines.join("\n");
}

/** A table of parameters or fields: a caption, column headers, and one row per entry (the children). */
function FieldTable({ caption, columns, children }: { caption: string; columns: string[]; children: ComponentChildren }) {
  return (
    <table class="params">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function Operation({ spec, o }: { spec: Obj; o: DocOperation }) {
  const id = String(o.op.operationId);
  const params = ((o.op.parameters ?? []) as Obj[]).map((p) => deref(spec, p) as Obj);
  const body = deref(spec, o.op.requestBody);
  const media = body?.content?.["application/json"] as Obj | undefined;
  const examples = Object.entries((media?.examples ?? {}) as Obj).map(([name, ex]) => ({ name, ex: deref(spec, ex) as Obj }));
  const first = examples[0]?.ex.value;
  return (
    <article class="operation" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span class={`method method-${o.method.toLowerCase()}`}>{o.method}</span> <code>{o.path}</code> <span class="op-id">{id}</span>
      </h3>
      {o.op.summary && <p><strong>{o.op.summary}</strong></p>}
      {o.op.description && <p class="desc">{o.op.description}</p>}
      {params.length > 0 && (
        <FieldTable caption={`Parameters of ${id}`} columns={["Name", "In", "Type", "Required", "Description"]}>
          {params.map((p) => (
            <tr>
              <th scope="row"><code>{p.name}</code></th>
              <td>{p.in}</td>
              <td><TypeOf schema={p.schema} /></td>
              <td>{p.required ? "yes" : "no"}</td>
              <td>{p.description}</td>
            </tr>
          ))}
        </FieldTable>
      )}
      {media && (
        <p>
          Request body: <TypeOf schema={media.schema} />
          {body?.required ? " (required)" : ""}
        </p>
      )}
      <h4>Responses</h4>
      <ul class="responses">
        {Object.entries((o.op.responses ?? {}) as Obj).map(([status, r]) => {
          const resp = deref(spec, r) as Obj;
          const schema = resp?.content?.["application/json"]?.schema as Obj | undefined;
          return (
            <li>
              <code>{status}</code> {resp?.description} {schema && <>— <TypeOf schema={schema} /></>}
            </li>
          );
        })}
      </ul>
      {examples.map(({ name, ex }) => (
        <details open={name === "seedRequest"}>
          <summary>Example request body: {ex.summary ?? name}</summary>
          <pre tabIndex={0}>{JSON.stringify(ex.value, null, 2)}</pre>
        </details>
      ))}
      <details open={examples.some((e) => e.name === "seedRequest")}>
        <summary>Example request{examples.some((e) => e.name === "seedRequest") ? " (the seed request)" : ""}</summary>
        <pre tabIndex={0} data-testid={`example-${id}`}>{exampleRequest(spec, o, first ?? (media ? {} : undefined))}</pre>
      </details>
    </article>
  );
}

function Schema({ spec, name, schema }: { spec: Obj; name: string; schema: Obj }) {
  const required = new Set<string>((schema.required ?? []) as string[]);
  const props = Object.entries((schema.properties ?? {}) as Obj);
  return (
    <article class="schema" id={`schema-${name}`} aria-labelledby={`schema-${name}-title`}>
      <h3 id={`schema-${name}-title`}>{name}</h3>
      {schema.description && <p class="desc">{schema.description}</p>}
      {Array.isArray(schema.enum) && <p>One of: {schema.enum.map((e: string) => <code>{e} </code>)}</p>}
      {props.length > 0 && (
        <FieldTable caption={`Fields of ${name}`} columns={["Field", "Type", "Required", "Description"]}>
          {props.map(([k, p]) => (
            <tr>
              <th scope="row"><code>{k}</code></th>
              <td><TypeOf schema={p} /></td>
              <td>{required.has(k) ? "yes" : "no"}</td>
              <td>{(p as Obj).description ?? deref(spec, p)?.description}</td>
            </tr>
          ))}
        </FieldTable>
      )}
    </article>
  );
}

/** The API reference, rendered from the server's own copy of spec/core-services.yaml. */
export function Docs() {
  const [spec, setSpec] = useState<Obj | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    fetch("/_ocikit/docs/spec.json")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setSpec, (e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    if (spec !== undefined && location.hash.length > 1) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [spec]);
  if (error) return <p role="alert" class="error">Could not load the spec: {error}</p>;
  if (spec === undefined) return <p class="muted">Loading the API reference…</p>;
  const ops = operationsOf(spec);
  const tags = ((spec.tags ?? []) as Obj[]).map((t) => String(t.name));
  const schemas = Object.entries((spec.components?.schemas ?? {}) as Obj);
  return (
    <div class="docs">
      <nav class="docs-nav" aria-label="Operations">
        {tags.map((tag) => (
          <>
            <h2 class="nav-tag">{tag}</h2>
            <ul>
              {ops.filter((o) => (o.op.tags ?? []).includes(tag)).map((o) => (
                <li><a href={`#${o.op.operationId}`}>{o.op.operationId}</a></li>
              ))}
            </ul>
          </>
        ))}
        <h2 class="nav-tag"><a href="#models">Models</a></h2>
      </nav>
      <div class="docs-body">
        <h1>{spec.info?.title}</h1>
        <p>
          API version <code>{spec.info?.version}</code> · base URL <code>{spec.servers?.[0]?.url}</code> (on this server: <code>{`${location.origin}/${spec.info?.version}`}</code>) · {ops.length} operations. Every request carries an OCI signature (<code>authorization</code>, <code>date</code>; and for bodies <code>content-type</code>, <code>content-length</code>, <code>x-content-sha256</code>).
        </p>
        <p class="desc">{spec.info?.description}</p>
        {tags.map((tag) => (
          <section aria-labelledby={`tag-${tag}`}>
            <h2 id={`tag-${tag}`}>{tag}</h2>
            {ops.filter((o) => (o.op.tags ?? []).includes(tag)).map((o) => (
              <Operation spec={spec} o={o} />
            ))}
          </section>
        ))}
        <section aria-labelledby="models">
          <h2 id="models">Models</h2>
          {schemas.map(([name, s]) => (
            <Schema spec={spec} name={name} schema={s as Obj} />
          ))}
        </section>
      </div>
    </div>
  );
}
