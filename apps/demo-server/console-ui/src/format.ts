/** `2026-12-02 19:23:38 UTC` — times are shown in UTC, as the API returns them. */
export function formatTime(value: unknown): string {
  if (typeof value !== "string" || value === "") return "";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** `ocid1.volume.oc1.iad.…ab12cd` — an OCID short enough for a table cell (the whole one in a title). */
export function shortOcid(id: string): string {
  const parts = id.split(".");
  const unique = parts.at(-1) ?? id;
  return parts.length >= 5 ? `${parts.slice(0, 2).join(".")}…${unique.slice(-8)}` : id;
}

/** A keyId's user and fingerprint tail, for the request log (the whole keyId in a title). */
export function shortKeyId(keyId: string | undefined): string {
  if (keyId === undefined) return "";
  const parts = keyId.split("/");
  return parts.length === 3 ? `…${(parts[1] ?? "").slice(-6)}/${(parts[2] ?? "").slice(-8)}` : keyId.slice(0, 24);
}
