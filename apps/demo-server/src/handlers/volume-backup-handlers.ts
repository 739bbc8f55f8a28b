import type { SyncHandler } from "./api-context.js";
import { getWithPolls } from "./get-with-polls.js";
import { listResources } from "./list-resources.js";

export const getVolumeBackup: SyncHandler = (ctx, svc) =>
  getWithPolls(ctx, svc, ctx.params.volumeBackupId as string, "volumebackup");

export const listVolumeBackups: SyncHandler = (ctx, svc) =>
  listResources(ctx, svc, "volumebackup", {
    fields: {
      volumeId: ctx.query.volumeId as string | undefined,
      sourceVolumeBackupId: ctx.query.sourceVolumeBackupId as string | undefined,
    },
    lifecycleState: ctx.query.lifecycleState as string | undefined,
  });
