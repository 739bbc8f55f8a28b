import type { ComponentChildren } from "preact";
import { isOcid, kindOfOcid } from "../kinds";
import { BASE } from "../router";

function OcidValue({ id }: { id: string }) {
  const kind = kindOfOcid(id);
  const text = JSON.stringify(id);
  return kind === undefined ? <span class="j-str">{text}</span> : <a class="j-str" href={`${BASE}/${kind.path}/${id}`}>{text}</a>;
}

function render(value: unknown, indent: string): ComponentChildren {
  if (value === null) return <span class="j-lit">null</span>;
  if (typeof value === "string") return isOcid(value) ? <OcidValue id={value} /> : <span class="j-str">{JSON.stringify(value)}</span>;
  if (typeof value === "number" || typeof value === "boolean") return <span class="j-lit">{String(value)}</span>;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return (
      <>
        {"[\n"}
        {value.map((v, i) => (
          <>
            {inner}
            {render(v, inner)}
            {i < value.length - 1 ? ",\n" : "\n"}
          </>
        ))}
        {`${indent}]`}
      </>
    );
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return (
    <>
      {"{\n"}
      {entries.map(([k, v], i) => (
        <>
          {inner}
          <span class="j-key">{JSON.stringify(k)}</span>
          {": "}
          {render(v, inner)}
          {i < entries.length - 1 ? ",\n" : "\n"}
        </>
      ))}
      {`${indent}}`}
    </>
  );
}

/** A JSON document as the API returned it (same keys and order), OCIDs linked to their console pages. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  return (
    <pre class="json" aria-label={label} tabIndex={0}>
      <code>{render(value, "")}</code>
    </pre>
  );
}
