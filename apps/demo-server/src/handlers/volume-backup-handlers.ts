import { getResource } from "../model/reads.js";
import type { ReadHandler } from "./api-context.js";
import { listPage } from "./list-page.js";
import { single } from "./render.js";

export const getVolumeBackupHandler: ReadHandler = async (ctx, svc) =>
  single(await getResource(svc.store, ctx.caller, ctx.params.volumeBackupId as string, "volumebackup"), ctx.caller.nowMs);

export const listVolumeBackupsHandler: ReadHandler = (ctx, svc) =>
  listPage(ctx, svc, "volumebackup", {
    fields: {
      volumeId: ctx.query.volumeId as string | undefined,
      sourceVolumeBackupId: ctx.query.sourceVolumeBackupId as string | undefined,
    },
    lifecycleState: ctx.query.lifecycleState as string | undefined,
  });
