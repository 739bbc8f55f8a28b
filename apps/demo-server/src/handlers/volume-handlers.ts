import type { CreateVolumeDetails, UpdateVolumeDetails } from "@ocikit/core/types";
import { getResource } from "../model/reads.js";
import { createVolume, deleteVolume, updateVolume } from "../model/volumes.js";
import type { ReadHandler, WriteHandler } from "./api-context.js";
import { listPage } from "./list-page.js";
import { noContent, single } from "./render.js";

// Each handler: parse the request → call the model → render the answer.

export const createVolumeHandler: WriteHandler = async (ctx, svc, work) => {
  const body = ctx.body as CreateVolumeDetails;
  const result = single(await createVolume(work, body), ctx.caller.nowMs);
  if (body.backupPolicyId !== undefined) svc.scheduleChanged();
  return result;
};

export const getVolumeHandler: ReadHandler = async (ctx, svc) =>
  single(await getResource(svc.store, ctx.caller, ctx.params.volumeId as string, "volume"), ctx.caller.nowMs);

export const listVolumesHandler: ReadHandler = (ctx, svc) =>
  listPage(ctx, svc, "volume", {
    fields: {
      volumeGroupId: ctx.query.volumeGroupId as string | undefined,
      availabilityDomain: ctx.query.availabilityDomain as string | undefined,
      clusterPlacementGroupId: ctx.query.clusterPlacementGroupId as string | undefined,
    },
    lifecycleState: ctx.query.lifecycleState as string | undefined,
  });

export const updateVolumeHandler: WriteHandler = async (ctx, _svc, work) =>
  single(
    await updateVolume(work, ctx.params.volumeId as string, ctx.body as UpdateVolumeDetails | undefined, ctx.header("if-match")),
    ctx.caller.nowMs,
  );

export const deleteVolumeHandler: WriteHandler = async (ctx, _svc, work) => {
  await deleteVolume(work, ctx.params.volumeId as string, ctx.header("if-match"));
  return noContent();
};
