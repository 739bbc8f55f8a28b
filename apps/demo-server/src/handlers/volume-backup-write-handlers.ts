import type {
  ChangeVolumeBackupCompartmentDetails,
  ChangeVolumeCompartmentDetails,
  CopyVolumeBackupDetails,
  CreateVolumeBackupDetails,
  UpdateVolumeBackupDetails,
} from "@ocikit/core/types";
import { COPY_SOURCE_REGION_HEADER } from "../internal-headers.js";
import {
  changeVolumeBackupCompartment,
  createVolumeBackup,
  deleteVolumeBackup,
  receiveVolumeBackupCopy,
  updateVolumeBackup,
} from "../model/volume-backups.js";
import { changeVolumeCompartment } from "../model/volumes.js";
import type { CallHandler, WriteHandler } from "./api-context.js";
import { copyHandler } from "./copy-handler.js";
import { etagOnly, noContent, single } from "./render.js";

// Writes on single volume backups, and the volume's compartment move: parse → model → render.

export const createVolumeBackupHandler: WriteHandler = async (ctx, _svc, work) =>
  single(await createVolumeBackup(work, ctx.body as CreateVolumeBackupDetails), ctx.caller.nowMs);

export const updateVolumeBackupHandler: WriteHandler = async (ctx, _svc, work) =>
  single(
    await updateVolumeBackup(work, ctx.params.volumeBackupId as string, (ctx.body ?? {}) as UpdateVolumeBackupDetails, ctx.header("if-match")),
    ctx.caller.nowMs,
  );

export const deleteVolumeBackupHandler: WriteHandler = async (ctx, _svc, work) => {
  await deleteVolumeBackup(work, ctx.params.volumeBackupId as string, ctx.header("if-match"));
  return noContent();
};

export const changeVolumeBackupCompartmentHandler: WriteHandler = async (ctx, _svc, work) =>
  etagOnly(await changeVolumeBackupCompartment(work, ctx.params.volumeBackupId as string, ctx.body as ChangeVolumeBackupCompartmentDetails));

export const changeVolumeCompartmentHandler: WriteHandler = async (ctx, _svc, work) =>
  etagOnly(await changeVolumeCompartment(work, ctx.params.volumeId as string, ctx.body as ChangeVolumeCompartmentDetails));

/** The caller's copy (see copy-handler.ts). */
export const copyVolumeBackupHandler: CallHandler = copyHandler("volumebackup", "volumeBackupId");

/** The destination side of CopyVolumeBackup (service identity only; see the dispatch stage). */
export const receiveVolumeBackupCopyHandler: WriteHandler = async (ctx, _svc, work) =>
  single(
    await receiveVolumeBackupCopy(work, ctx.header(COPY_SOURCE_REGION_HEADER) as string, ctx.params.volumeBackupId as string, ctx.body as CopyVolumeBackupDetails),
    ctx.caller.nowMs,
  );
