import { createCoreClient } from "@ocikit/core";
import type { GeneratedIdentity } from "../identity/principal.js";
import { COPY_SOURCE_REGION_HEADER, ON_BEHALF_OF_HEADER, CALLER_RETRY_TOKEN_HEADER } from "../internal-headers.js";
import type { DeliverCopy, DeliveredCopy } from "../model/backup-copies.js";
import { ServiceError } from "../service-error.js";

/**
 * Delivers cross-region copies the way OCI does it, service to service: the source region calls the
 * destination region's CopyVolumeGroupBackup or CopyVolumeBackup through `@ocikit/core`, signed with the server's service
 * identity, naming the owner tenancy and the source region in headers only honoured for that identity.
 * The caller's retry token travels along, so a repeated copy finds the same destination resource.
 */
export function createCopyDelivery(options: {
  /** `http://127.0.0.1:PORT` of this server. */
  selfUrl: () => string;
  serverRegion: string;
  /** The service identity (generated in memory on first use, see service-identity.ts). */
  service: () => Promise<GeneratedIdentity>;
  /** The server's clock: its own calls must fall inside its own signature date window. */
  now: () => Date;
  fetch?: typeof globalThis.fetch;
}): DeliverCopy {
  const clients = new Map<string, ReturnType<typeof createCoreClient>>();
  const clientFor = async (region: string) => {
    let client = clients.get(region);
    if (client === undefined) {
      const service = await options.service();
      const endpoint = region === options.serverRegion ? options.selfUrl() : `${options.selfUrl()}/${region}`;
      client = createCoreClient({
        endpoint,
        auth: { keyId: service.keyId, privateKey: service.privateKeyPem },
        // Retries would stack under the caller's own; the caller's retry token makes its retry safe.
        retry: false,
        now: options.now,
        ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
      });
      clients.set(region, client);
    }
    return client;
  };
  return async (request): Promise<DeliveredCopy> => {
    const headers: Record<string, string> = {
      [ON_BEHALF_OF_HEADER]: request.tenancyId,
      [COPY_SOURCE_REGION_HEADER]: request.sourceRegion,
    };
    if (request.retryToken !== undefined) {
      headers["opc-retry-token"] = request.retryToken;
      headers[CALLER_RETRY_TOKEN_HEADER] = "1";
    }
    const client = await clientFor(request.destinationRegion);
    const { data, error, response } =
      request.type === "volumebackup"
        ? await client.POST("/volumeBackups/{volumeBackupId}/actions/copy", {
            params: { path: { volumeBackupId: request.sourceId } },
            body: request.details,
            headers,
          })
        : await client.POST("/volumeGroupBackups/{volumeGroupBackupId}/actions/copy", {
            params: { path: { volumeGroupBackupId: request.sourceId } },
            body: request.details,
            headers,
          });
    // The destination's error is the caller's error, status and all.
    if (error !== undefined || data === undefined) {
      const e = (error ?? {}) as { code?: string; message?: string };
      throw new ServiceError(response.status, e.code ?? "InternalServerError", e.message ?? "The copy could not be delivered.");
    }
    const result: DeliveredCopy = { document: JSON.stringify(data) };
    const etag = response.headers.get("etag");
    if (etag !== null) result.etag = etag;
    return result;
  };
}
