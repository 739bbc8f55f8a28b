import type { ChangeVolumeGroupCompartmentDetails, CreateVolumeGroupDetails, UpdateVolumeGroupDetails } from "@ocikit/core/types";
import { getResource } from "../model/reads.js";
import { changeVolumeGroupCompartment, createVolumeGroup, deleteVolumeGroup, updateVolumeGroup } from "../model/volume-groups.js";
import type { ReadHandler, WriteHandler } from "./api-context.js";
import { listPage } from "./list-page.js";
import { etagOnly, noContent, single } from "./render.js";

// Each handler: parse the request → call the model → render the answer.

export const createVolumeGroupHandler: WriteHandler = async (ctx, svc, work) => {
  const body = ctx.body as CreateVolumeGroupDetails;
  const result = single(await createVolumeGroup(work, body), ctx.caller.nowMs);
  if (body.backupPolicyId !== undefined) svc.scheduleChanged();
  return result;
};

export const getVolumeGroupHandler: ReadHandler = async (ctx, svc) =>
  single(await getResource(svc.store, ctx.caller, ctx.params.volumeGroupId as string, "volumegroup"), ctx.caller.nowMs);

export const listVolumeGroupsHandler: ReadHandler = (ctx, svc) =>
  listPage(ctx, svc, "volumegroup", {
    fields: { availabilityDomain: ctx.query.availabilityDomain as string | undefined },
    lifecycleState: ctx.query.lifecycleState as string | undefined,
  });

export const updateVolumeGroupHandler: WriteHandler = async (ctx, _svc, work) =>
  single(
    await updateVolumeGroup(work, ctx.params.volumeGroupId as string, ctx.body as UpdateVolumeGroupDetails | undefined, ctx.header("if-match")),
    ctx.caller.nowMs,
  );

export const deleteVolumeGroupHandler: WriteHandler = async (ctx, _svc, work) => {
  await deleteVolumeGroup(work, ctx.params.volumeGroupId as string, ctx.header("if-match"));
  return noContent();
};

export const changeVolumeGroupCompartmentHandler: WriteHandler = async (ctx, _svc, work) =>
  etagOnly(
    await changeVolumeGroupCompartment(work, ctx.params.volumeGroupId as string, ctx.body as ChangeVolumeGroupCompartmentDetails, ctx.header("if-match")),
  );
