import type {
  ChangeVolumeGroupBackupCompartmentDetails,
  CopyVolumeGroupBackupDetails,
  CreateVolumeGroupBackupDetails,
  UpdateVolumeGroupBackupDetails,
} from "@ocikit/core/types";
import { COPY_SOURCE_REGION_HEADER } from "../internal-headers.js";
import { receiveCopy } from "../model/backup-copies.js";
import { getResource } from "../model/reads.js";
import {
  changeVolumeGroupBackupCompartment,
  createVolumeGroupBackup,
  deleteVolumeGroupBackup,
  updateVolumeGroupBackup,
} from "../model/volume-group-backups.js";
import type { CallHandler, ReadHandler, WriteHandler } from "./api-context.js";
import { copyHandler } from "./copy-handler.js";
import { listPage } from "./list-page.js";
import { etagOnly, noContent, single } from "./render.js";

// Each handler: parse the request → call the model → render the answer.

export const createVolumeGroupBackupHandler: WriteHandler = async (ctx, _svc, work) =>
  single(await createVolumeGroupBackup(work, ctx.body as CreateVolumeGroupBackupDetails), ctx.caller.nowMs);

export const getVolumeGroupBackupHandler: ReadHandler = async (ctx, svc) =>
  single(await getResource(svc.store, ctx.caller, ctx.params.volumeGroupBackupId as string, "volumegroupbackup"), ctx.caller.nowMs);

export const listVolumeGroupBackupsHandler: ReadHandler = (ctx, svc) =>
  listPage(ctx, svc, "volumegroupbackup", { fields: { volumeGroupId: ctx.query.volumeGroupId as string | undefined } });

export const updateVolumeGroupBackupHandler: WriteHandler = async (ctx, _svc, work) =>
  single(
    await updateVolumeGroupBackup(
      work,
      ctx.params.volumeGroupBackupId as string,
      (ctx.body ?? {}) as UpdateVolumeGroupBackupDetails,
      ctx.header("if-match"),
    ),
    ctx.caller.nowMs,
  );

export const deleteVolumeGroupBackupHandler: WriteHandler = async (ctx, _svc, work) => {
  await deleteVolumeGroupBackup(work, ctx.params.volumeGroupBackupId as string, ctx.header("if-match"));
  return noContent();
};

export const changeVolumeGroupBackupCompartmentHandler: WriteHandler = async (ctx, _svc, work) =>
  etagOnly(
    await changeVolumeGroupBackupCompartment(
      work,
      ctx.params.volumeGroupBackupId as string,
      ctx.body as ChangeVolumeGroupBackupCompartmentDetails,
      ctx.header("if-match"),
    ),
  );

/** The caller's copy (see copy-handler.ts). */
export const copyVolumeGroupBackupHandler: CallHandler = copyHandler("volumegroupbackup", "volumeGroupBackupId");

/** The destination side of a copy (service identity only; see the dispatch stage). */
export const receiveCopyHandler: WriteHandler = async (ctx, _svc, work) =>
  single(
    await receiveCopy(work, ctx.header(COPY_SOURCE_REGION_HEADER) as string, ctx.params.volumeGroupBackupId as string, ctx.body as CopyVolumeGroupBackupDetails),
    ctx.caller.nowMs,
  );
