import { MODELS, OPERATIONS } from "./generated/operations.js";
import { buildGroup } from "./build-command-tree.js";
import { volumeBackupOverlay } from "./overlays/volume-backup.js";
import { volumeBackupPolicyAssignmentOverlay } from "./overlays/volume-backup-policy-assignment.js";
import { volumeBackupPolicyOverlay } from "./overlays/volume-backup-policy.js";
import { volumeGroupBackupOverlay } from "./overlays/volume-group-backup.js";
import { volumeGroupOverlay } from "./overlays/volume-group.js";
import { volumeOverlay } from "./overlays/volume.js";
import type { CommandTable, CustomCommand, GroupCommand } from "../types.js";

/** The generated command table (from the spec). */
export const TABLE: CommandTable = { operations: OPERATIONS, models: MODELS };

const rawRequest: CustomCommand = {
  kind: "custom",
  name: "raw-request",
  summary: "Send a signed request to any OCI URL.",
  description:
    "Signs and sends one HTTP request with the active credentials and prints {\"data\", \"headers\", \"status\"}. An HTTP error status still exits 0.",
  examples: [
    "ocikit raw-request --http-method GET --target-uri https://iaas.us-ashburn-1.oraclecloud.com/20160918/volumeGroupBackups?compartmentId=$C",
    "ocikit raw-request --http-method POST --target-uri $URL --request-body '{\"volumeGroupId\": \"'$VG'\"}'",
  ],
  needsAuth: true,
  options: [
    { name: "target-uri", kind: "string", required: true, hint: "<URL>", help: "Absolute URL to call." },
    { name: "http-method", kind: "enum", required: true, choices: ["DELETE", "GET", "HEAD", "POST", "PUT", "PATCH"], help: "HTTP method." },
    { name: "request-body", kind: "string", hint: "<TEXT>", help: "Request body (JSON text, or file://path)." },
    { name: "request-headers", kind: "json", hint: "<JSON>", help: "Extra request headers as a JSON object." },
  ],
  load: async () => (await import("./custom/raw-request.js")).rawRequest,
};

const setupKeys: CustomCommand = {
  kind: "custom",
  name: "keys",
  summary: "Generate an RSA key pair for API signing.",
  description:
    "Writes a 2048-bit RSA private key (mode 0600) and its public key as PEM into --output-dir and prints the key fingerprint. Upload the public key to your user, then put key_file and fingerprint in ~/.oci/config.",
  examples: ["ocikit setup keys", "ocikit setup keys --output-dir ./keys --key-name ci_key --passphrase \"$PASS\""],
  needsAuth: false,
  options: [
    { name: "output-dir", kind: "string", hint: "<DIR>", help: "Folder for the key files (default ~/.oci)." },
    { name: "key-name", kind: "string", hint: "<NAME>", defaultValue: "oci_api_key", help: "Base file name (default oci_api_key)." },
    { name: "passphrase", kind: "string", hint: "<TEXT>", help: "Encrypt the private key with this passphrase." },
    { name: "passphrase-file", kind: "string", hint: "<PATH>", help: "Read the passphrase from the first line of this file." },
    { name: "overwrite", kind: "flag", help: "Replace existing key files." },
  ],
  load: async () => (await import("./custom/setup-keys.js")).setupKeys,
};

/** The whole command tree, as data. */
export const ROOT: GroupCommand = {
  kind: "group",
  name: "ocikit",
  summary: "A fast drop-in for the OCI CLI's block volume backup commands.",
  description:
    "ocikit speaks the OCI CLI's language for volume group backups, volume groups, volumes and volume backups: the same commands, options, output and exit codes, read from the same ~/.oci/config and ~/.oci/oci_cli_rc.",
  examples: [
    "ocikit bv volume-group-backup create --volume-group-id $VG --type FULL --wait-for-state AVAILABLE",
    "ocikit --endpoint http://127.0.0.1:8080/20160918 bv volume-group-backup list --compartment-id $C --all",
  ],
  children: [
    {
      kind: "group",
      name: "bv",
      summary: "Block Volume service.",
      description: "Block volumes, volume groups and their backups.",
      examples: ["ocikit bv volume-group-backup list --compartment-id $C", "ocikit bv volume-group get --volume-group-id $VG"],
      children: [
        volumeBackupOverlay,
        volumeOverlay,
        volumeGroupOverlay,
        volumeGroupBackupOverlay,
        // Backup policies and their assignments (issue 15).
        volumeBackupPolicyOverlay,
        volumeBackupPolicyAssignmentOverlay,
      ].map((overlay) => buildGroup(TABLE, overlay)),
    },
    rawRequest,
    {
      kind: "group",
      name: "setup",
      summary: "Set up credentials.",
      description: "Generate API signing keys.",
      examples: ["ocikit setup keys --output-dir ~/.oci"],
      children: [setupKeys],
    },
  ],
};
