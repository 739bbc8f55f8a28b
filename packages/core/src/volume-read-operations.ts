import type { CoreClient } from "./create-core-client.js";
import { toInit, type CallOptions } from "./call-options.js";
import { paginate } from "./paginate.js";
import { unwrap } from "./unwrap.js";
import type { components, operations } from "./types/index.js";

type Schemas = components["schemas"];
type QueryOf<K extends keyof operations> = Omit<NonNullable<operations[K]["parameters"]["query"]>, "page">;

// Readers for the members and neighbours of a volume group backup, mainly for waiters and
// listings. Writes on these resources go through the raw client.

/** GetVolumeGroup. @public */
export async function getVolumeGroup(
  client: CoreClient,
  volumeGroupId: string,
  options: CallOptions = {},
): Promise<Schemas["VolumeGroup"]> {
  const params = { path: { volumeGroupId } };
  return (await unwrap(client.GET("/volumeGroups/{volumeGroupId}", { params, ...toInit(options) }))).data;
}

/** ListVolumeGroups, every page. @public */
export function listVolumeGroups(
  client: CoreClient,
  query: QueryOf<"ListVolumeGroups">,
  options: CallOptions = {},
): AsyncGenerator<Schemas["VolumeGroup"], void, undefined> {
  return paginate((next) =>
    client.GET("/volumeGroups", { params: { query: { ...query, ...next } }, ...toInit(options) }),
  );
}

/** GetVolume. @public */
export async function getVolume(
  client: CoreClient,
  volumeId: string,
  options: CallOptions = {},
): Promise<Schemas["Volume"]> {
  const params = { path: { volumeId } };
  return (await unwrap(client.GET("/volumes/{volumeId}", { params, ...toInit(options) }))).data;
}

/** ListVolumes, every page. @public */
export function listVolumes(
  client: CoreClient,
  query: QueryOf<"ListVolumes">,
  options: CallOptions = {},
): AsyncGenerator<Schemas["Volume"], void, undefined> {
  return paginate((next) => client.GET("/volumes", { params: { query: { ...query, ...next } }, ...toInit(options) }));
}

/** GetVolumeBackup. @public */
export async function getVolumeBackup(
  client: CoreClient,
  volumeBackupId: string,
  options: CallOptions = {},
): Promise<Schemas["VolumeBackup"]> {
  const params = { path: { volumeBackupId } };
  return (await unwrap(client.GET("/volumeBackups/{volumeBackupId}", { params, ...toInit(options) }))).data;
}

/** ListVolumeBackups, every page. @public */
export function listVolumeBackups(
  client: CoreClient,
  query: QueryOf<"ListVolumeBackups">,
  options: CallOptions = {},
): AsyncGenerator<Schemas["VolumeBackup"], void, undefined> {
  return paginate((next) =>
    client.GET("/volumeBackups", { params: { query: { ...query, ...next } }, ...toInit(options) }),
  );
}
