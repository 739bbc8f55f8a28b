import type { CoreClient } from "./create-core-client.js";
import { waitForState, type WaitForStateOptions, type WaitResult } from "./wait-for-state.js";
import { getVolumeGroupBackup } from "./volume-group-backup-operations.js";
import { getVolume, getVolumeBackup, getVolumeGroup } from "./volume-read-operations.js";
import type { components } from "./types/index.js";

type Schemas = components["schemas"];

/** Options of the resource waiters: everything of `waitForState` except `get`. @public */
export type ResourceWaitOptions<T> = Omit<WaitForStateOptions<T>, "get">;

/**
 * Polls a volume group backup until one of `options.states` (e.g. AVAILABLE), a fail state,
 * the time limit or an abort; a 404 counts as reaching TERMINATED.
 * @public
 */
export function waitForVolumeGroupBackup(
  client: CoreClient,
  volumeGroupBackupId: string,
  options: ResourceWaitOptions<Schemas["VolumeGroupBackup"]>,
): Promise<WaitResult<Schemas["VolumeGroupBackup"]>> {
  return waitForState({ ...options, get: (signal) => getVolumeGroupBackup(client, volumeGroupBackupId, { signal }) });
}

/** Like {@link waitForVolumeGroupBackup}, for a volume group. @public */
export function waitForVolumeGroup(
  client: CoreClient,
  volumeGroupId: string,
  options: ResourceWaitOptions<Schemas["VolumeGroup"]>,
): Promise<WaitResult<Schemas["VolumeGroup"]>> {
  return waitForState({ ...options, get: (signal) => getVolumeGroup(client, volumeGroupId, { signal }) });
}

/** Like {@link waitForVolumeGroupBackup}, for a volume. @public */
export function waitForVolume(
  client: CoreClient,
  volumeId: string,
  options: ResourceWaitOptions<Schemas["Volume"]>,
): Promise<WaitResult<Schemas["Volume"]>> {
  return waitForState({ ...options, get: (signal) => getVolume(client, volumeId, { signal }) });
}

/** Like {@link waitForVolumeGroupBackup}, for a volume backup. @public */
export function waitForVolumeBackup(
  client: CoreClient,
  volumeBackupId: string,
  options: ResourceWaitOptions<Schemas["VolumeBackup"]>,
): Promise<WaitResult<Schemas["VolumeBackup"]>> {
  return waitForState({ ...options, get: (signal) => getVolumeBackup(client, volumeBackupId, { signal }) });
}
