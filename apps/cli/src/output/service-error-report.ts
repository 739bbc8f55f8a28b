import type { OciNetworkError, OciServiceError } from "@ocikit/core";
import { formatJson } from "./format-json.js";
import { toPythonIsoformat } from "./to-cli-shape.js";
import { VERSION } from "../version.js";

const CLIENT_VERSION = `ocikit/${VERSION}`;
const LOGGING_TIP = "Run the command again with --debug to see each request and response (signatures redacted).";

/** `GetVolumeGroupBackup` → `get_volume_group_backup`, the OCI CLI's operation_name. */
export function snakeOperation(operationId: string): string {
  return operationId.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** `GetVolumeGroupBackup` → `VolumeGroupBackup`, the API reference page of the operation. */
function resourceOf(operationId: string): string {
  return operationId.replace(/^(Create|Get|List|Update|Delete|Copy|Change)/, "").replace(/Compartment$/, "").replace(/s$/, "");
}

function troubleshooting(status: number, code: string, operationId: string | undefined): string {
  const anchor = `apierrors_${status}__${status}_${code.toLowerCase()}`;
  const parts = [`What this status and code mean: https://docs.oracle.com/iaas/Content/API/References/apierrors.htm#${anchor}.`];
  if (operationId) {
    parts.push(`What the operation expects: https://docs.oracle.com/iaas/api/#/en/iaas/20160918/${resourceOf(operationId)}/${operationId}.`);
  }
  if (status === 401) parts.push("Check that the config file's key_file matches a public key uploaded for the user, that fingerprint, tenancy and user are right, and that this machine's clock is correct.");
  if (status === 404) parts.push("Check the OCID, the region and that a policy grants you access to the resource.");
  parts.push("If it persists, give Oracle support this whole message, including the opc-request-id.");
  return parts.join(" ");
}

/** The OCI CLI's `ServiceError:` block (4-space indented, sorted JSON) for a non-2xx answer. */
export function serviceErrorReport(error: OciServiceError, operationId: string | undefined): string {
  const operation = error.operation ?? operationId;
  const report = {
    client_version: CLIENT_VERSION,
    code: error.code,
    logging_tips: LOGGING_TIP,
    message: error.serviceMessage,
    "opc-request-id": error.opcRequestId ?? null,
    operation_name: operation ? snakeOperation(operation) : null,
    request_endpoint: error.method && error.url ? `${error.method} ${error.url}` : null,
    status: error.status,
    target_service: "blockstorage",
    timestamp: toPythonIsoformat(error.timestamp),
    troubleshooting_tips: troubleshooting(error.status, error.code, operation),
  };
  return `ServiceError:\n${formatJson(report, 4)}\n`;
}

/** The `ClientException:` block for a request that got no HTTP answer. */
export function networkErrorReport(error: OciNetworkError, now: Date): string {
  const report = {
    client_version: CLIENT_VERSION,
    logging_tips: LOGGING_TIP,
    message: error.message,
    request_endpoint: `${error.method} ${error.url}`,
    target_service: "CLI",
    timestamp: toPythonIsoformat(now.toISOString()),
    troubleshooting_tips:
      "Check the region or --endpoint (it must include /20160918), that the host is reachable from here (network, proxy, firewall), and try again.",
  };
  return `ClientException:\n${formatJson(report, 4)}\n`;
}
