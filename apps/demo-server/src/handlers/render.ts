import { effectiveEtag, effectiveState } from "../model/lifecycle.js";
import type { ResourceRow } from "../store/store.js";
import type { ApiResult } from "./api-context.js";

/** The JSON a caller sees for a row (state spliced into the stored document without re-parsing it). */
export function render(row: ResourceRow, nowMs: number): string {
  return `{"lifecycleState":"${effectiveState(row, nowMs)}",${row.doc.slice(1)}`;
}

/** A single-resource response with its etag. */
export function single(row: ResourceRow, nowMs: number): ApiResult {
  return { status: 200, body: render(row, nowMs), etag: effectiveEtag(row, nowMs) };
}

/** 204 No Content (deletes). */
export function noContent(): ApiResult {
  return { status: 204 };
}

/** 200 with only the resource's etag (compartment moves). */
export function etagOnly(row: ResourceRow): ApiResult {
  return { status: 200, etag: row.etag };
}
