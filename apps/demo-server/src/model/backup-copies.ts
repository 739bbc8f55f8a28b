import type { CopyVolumeBackupDetails, CopyVolumeGroupBackupDetails } from "@ocikit/core/types";
import { regionKey } from "../regions.js";
import { invalidParameter, notFound } from "../service-error.js";
import type { ResourceRow, StoreReader } from "../store/store.js";
import type { Caller } from "./caller.js";
import type { VolumeBackupDoc, VolumeGroupBackupDoc } from "./docs.js";
import { settle } from "./lifecycle.js";
import { insertResource, iso, loadOwned, newId, readDoc, requireState } from "./resources.js";
import type { Work } from "./work.js";

/** What the source region asks the destination region to create. */
export interface CopyRequest {
  /** What is copied: a volume group backup (with its members) or a single volume backup. */
  type: "volumegroupbackup" | "volumebackup";
  tenancyId: string;
  sourceRegion: string;
  sourceId: string;
  destinationRegion: string;
  details: CopyVolumeGroupBackupDetails | CopyVolumeBackupDetails;
  /** The caller's retry token travels along, so a repeated copy finds the same destination resource. */
  retryToken: string | undefined;
}

/** The destination's answer: the copy's JSON document and its etag. Failures are thrown as ServiceError. */
export interface DeliveredCopy {
  document: string;
  etag?: string;
}

/** Delivers a copy to another region (service to service; see copy-delivery.ts). */
export type DeliverCopy = (request: CopyRequest) => Promise<DeliveredCopy>;

/**
 * A copy as a caller sees it (CopyVolumeGroupBackup, CopyVolumeBackup): checks the source (committed
 * data) and the destination, then asks the destination region to create the copy. Runs outside any
 * transaction: delivery is a call.
 */
export async function requestCopy(
  reader: StoreReader,
  caller: Caller,
  type: CopyRequest["type"],
  id: string,
  d: CopyRequest["details"],
  retryToken: string | undefined,
  deliver: DeliverCopy,
): Promise<DeliveredCopy> {
  const source = await loadOwned(reader, caller, id, type);
  if (regionKey(d.destinationRegion) === undefined) {
    throw invalidParameter("destinationRegion", `'${d.destinationRegion}' is not a region this server knows.`);
  }
  if (d.destinationRegion === source.region) {
    throw invalidParameter("destinationRegion", `the backup is already in ${source.region}; copy it to another region.`);
  }
  const what = type === "volumegroupbackup" ? "volume group backup" : "volume backup";
  // Settle a copy of the row: this check must not write (and the row is shared with the store's cache).
  requireState(settle({ ...source }, caller.nowMs), ["AVAILABLE"], what, "copy it to another region");
  return deliver({
    type,
    tenancyId: caller.tenancyId,
    sourceRegion: caller.region,
    sourceId: source.id,
    destinationRegion: d.destinationRegion,
    details: d,
    retryToken,
  });
}

/**
 * The destination side of a copy (service identity only): creates, in the caller's region, a copy of
 * the backup that lives in `sourceRegion`, owned by the tenancy the service call acts for.
 */
export async function receiveCopy(work: Work, sourceRegion: string, sourceId: string, d: CopyVolumeGroupBackupDetails): Promise<ResourceRow> {
  const { caller } = work;
  const source = await work.tx.getResource(sourceId);
  if (source === undefined || source.tenancy_id !== caller.tenancyId || source.region !== sourceRegion || source.type !== "volumegroupbackup") {
    throw notFound();
  }
  const src = readDoc(source) as VolumeGroupBackupDoc;
  const id = newId(caller, "volumegroupbackup");
  const stamp = iso(caller.nowMs);
  const volumeBackupIds: string[] = [];
  for (const vbId of src.volumeBackupIds) {
    const vbRow = await work.tx.getResource(vbId);
    if (vbRow === undefined) throw notFound(`volume backup ${vbId}`);
    const vb = readDoc(vbRow) as VolumeBackupDoc;
    const copy: VolumeBackupDoc = {
      ...vb,
      id: newId(caller, "volumebackup"),
      sourceVolumeBackupId: vb.id,
      timeCreated: stamp,
      timeRequestReceived: stamp,
      volumeGroupBackupId: id,
    };
    if (d.kmsKeyId !== undefined) copy.kmsKeyId = d.kmsKeyId;
    volumeBackupIds.push((await insertResource(work, "volumebackup", copy, { state: "CREATING", next: "AVAILABLE" }, id)).id);
  }
  const doc: VolumeGroupBackupDoc = {
    ...src,
    id,
    displayName: d.displayName ?? src.displayName,
    timeCreated: stamp,
    timeRequestReceived: stamp,
    volumeBackupIds,
    sourceVolumeGroupBackupId: src.id,
  };
  return insertResource(work, "volumegroupbackup", doc, { state: "CREATING", next: "AVAILABLE" }, null);
}
