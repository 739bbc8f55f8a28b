import type { CoreClient } from "./create-core-client.js";
import { toInit, type CallOptions, type CreateCallOptions, type IfMatchCallOptions } from "./call-options.js";
import { paginate } from "./paginate.js";
import { unwrap } from "./unwrap.js";
import type { components, operations } from "./types/index.js";

type Schemas = components["schemas"];
type ListVolumeGroupBackupsQuery = Omit<operations["ListVolumeGroupBackups"]["parameters"]["query"], "page">;

// Thin, throwing wrappers: each is one openapi-fetch call through `unwrap`, returning the
// resource or throwing OciServiceError. The raw client stays available for headers and status.

/** CreateVolumeGroupBackup: starts a backup; returns it (usually REQUEST_RECEIVED or CREATING). @public */
export async function createVolumeGroupBackup(
  client: CoreClient,
  body: Schemas["CreateVolumeGroupBackupDetails"],
  options: CreateCallOptions = {},
): Promise<Schemas["VolumeGroupBackup"]> {
  return (await unwrap(client.POST("/volumeGroupBackups", { body, ...toInit(options) }))).data;
}

/** GetVolumeGroupBackup. @public */
export async function getVolumeGroupBackup(
  client: CoreClient,
  volumeGroupBackupId: string,
  options: CallOptions = {},
): Promise<Schemas["VolumeGroupBackup"]> {
  const params = { path: { volumeGroupBackupId } };
  return (await unwrap(client.GET("/volumeGroupBackups/{volumeGroupBackupId}", { params, ...toInit(options) }))).data;
}

/** ListVolumeGroupBackups, every page: an async iterator over the backups. @public */
export function listVolumeGroupBackups(
  client: CoreClient,
  query: ListVolumeGroupBackupsQuery,
  options: CallOptions = {},
): AsyncGenerator<Schemas["VolumeGroupBackup"], void, undefined> {
  return paginate((next) =>
    client.GET("/volumeGroupBackups", { params: { query: { ...query, ...next } }, ...toInit(options) }),
  );
}

/** UpdateVolumeGroupBackup: rename, retag or change retention. @public */
export async function updateVolumeGroupBackup(
  client: CoreClient,
  volumeGroupBackupId: string,
  body: Schemas["UpdateVolumeGroupBackupDetails"],
  options: IfMatchCallOptions = {},
): Promise<Schemas["VolumeGroupBackup"]> {
  const params = { path: { volumeGroupBackupId } };
  return (await unwrap(client.PUT("/volumeGroupBackups/{volumeGroupBackupId}", { params, body, ...toInit(options) })))
    .data;
}

/** DeleteVolumeGroupBackup (with its member volume backups). @public */
export async function deleteVolumeGroupBackup(
  client: CoreClient,
  volumeGroupBackupId: string,
  options: IfMatchCallOptions = {},
): Promise<void> {
  const params = { path: { volumeGroupBackupId } };
  await unwrap(client.DELETE("/volumeGroupBackups/{volumeGroupBackupId}", { params, ...toInit(options) }));
}

/** CopyVolumeGroupBackup: copies to another region; returns the new copy. @public */
export async function copyVolumeGroupBackup(
  client: CoreClient,
  volumeGroupBackupId: string,
  body: Schemas["CopyVolumeGroupBackupDetails"],
  options: CreateCallOptions = {},
): Promise<Schemas["VolumeGroupBackup"]> {
  const params = { path: { volumeGroupBackupId } };
  return (
    await unwrap(
      client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/copy", { params, body, ...toInit(options) }),
    )
  ).data;
}

/** ChangeVolumeGroupBackupCompartment: moves the backup within the tenancy. @public */
export async function changeVolumeGroupBackupCompartment(
  client: CoreClient,
  volumeGroupBackupId: string,
  body: Schemas["ChangeVolumeGroupBackupCompartmentDetails"],
  options: CallOptions = {},
): Promise<void> {
  const params = { path: { volumeGroupBackupId } };
  await unwrap(
    client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment", {
      params,
      body,
      ...toInit(options),
    }),
  );
}
