import type { CoreClient } from "./create-core-client.js";
import { toInit, type CallOptions, type CreateCallOptions, type IfMatchCallOptions } from "./call-options.js";
import { unwrap } from "./unwrap.js";
import type { components } from "./types/index.js";

type Schemas = components["schemas"];

// Writes on single volume backups and the volume compartment move: thin, throwing wrappers, each one
// openapi-fetch call through `unwrap` (the raw client stays available for headers and status).

/** CreateVolumeBackup: starts a backup of one volume; returns it (usually CREATING). @public */
export async function createVolumeBackup(
  client: CoreClient,
  body: Schemas["CreateVolumeBackupDetails"],
  options: CreateCallOptions = {},
): Promise<Schemas["VolumeBackup"]> {
  return (await unwrap(client.POST("/volumeBackups", { body, ...toInit(options) }))).data;
}

/** UpdateVolumeBackup: rename, retag or change retention. @public */
export async function updateVolumeBackup(
  client: CoreClient,
  volumeBackupId: string,
  body: Schemas["UpdateVolumeBackupDetails"],
  options: IfMatchCallOptions = {},
): Promise<Schemas["VolumeBackup"]> {
  const params = { path: { volumeBackupId } };
  return (await unwrap(client.PUT("/volumeBackups/{volumeBackupId}", { params, body, ...toInit(options) }))).data;
}

/** DeleteVolumeBackup (a standalone backup; members go with their volume group backup). @public */
export async function deleteVolumeBackup(
  client: CoreClient,
  volumeBackupId: string,
  options: IfMatchCallOptions = {},
): Promise<void> {
  const params = { path: { volumeBackupId } };
  await unwrap(client.DELETE("/volumeBackups/{volumeBackupId}", { params, ...toInit(options) }));
}

/** CopyVolumeBackup: copies to another region; returns the new copy. @public */
export async function copyVolumeBackup(
  client: CoreClient,
  volumeBackupId: string,
  body: Schemas["CopyVolumeBackupDetails"],
  options: CreateCallOptions = {},
): Promise<Schemas["VolumeBackup"]> {
  const params = { path: { volumeBackupId } };
  return (
    await unwrap(client.POST("/volumeBackups/{volumeBackupId}/actions/copy", { params, body, ...toInit(options) }))
  ).data;
}

/** ChangeVolumeBackupCompartment: moves the backup within the tenancy. @public */
export async function changeVolumeBackupCompartment(
  client: CoreClient,
  volumeBackupId: string,
  body: Schemas["ChangeVolumeBackupCompartmentDetails"],
  options: CallOptions = {},
): Promise<void> {
  const params = { path: { volumeBackupId } };
  await unwrap(
    client.POST("/volumeBackups/{volumeBackupId}/actions/changeCompartment", { params, body, ...toInit(options) }),
  );
}

/** ChangeVolumeCompartment: moves the volume within the tenancy. @public */
export async function changeVolumeCompartment(
  client: CoreClient,
  volumeId: string,
  body: Schemas["ChangeVolumeCompartmentDetails"],
  options: CallOptions = {},
): Promise<void> {
  const params = { path: { volumeId } };
  await unwrap(client.POST("/volumes/{volumeId}/actions/changeCompartment", { params, body, ...toInit(options) }));
}
