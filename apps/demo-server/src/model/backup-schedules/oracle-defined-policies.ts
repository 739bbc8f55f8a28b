import type { components } from "@ocikit/core/types";
import type { BackupSchedule } from "./schedule-slots.js";

type VolumeBackupPolicy = components["schemas"]["VolumeBackupPolicy"];

const DAY = 86_400;
/** Retention of the Oracle-defined schedules, in seconds (OCI states weeks, months and years; ocikit counts 7-day weeks and 365-day years). */
export const ORACLE_RETENTION_SECONDS = {
  daily: 7 * DAY, // 7 days
  weekly: 28 * DAY, // 4 weeks
  monthly: 365 * DAY, // 12 months
  yearly: 5 * 365 * DAY, // 5 years
} as const;

// The run times are ocikit's choice (OCI publishes none): structured, at 00:00 of the region's
// data-center time; weekly on Sunday, monthly on the 1st, yearly on 1 January. All incremental,
// as OCI's own policies have been since November 2021.
const at = { offsetType: "STRUCTURED", hourOfDay: 0, timeZone: "REGIONAL_DATA_CENTER_TIME", backupType: "INCREMENTAL" } as const;
const monthly: BackupSchedule = { ...at, period: "ONE_MONTH", dayOfMonth: 1, retentionSeconds: ORACLE_RETENTION_SECONDS.monthly };
const yearly: BackupSchedule = { ...at, period: "ONE_YEAR", month: "JANUARY", dayOfMonth: 1, retentionSeconds: ORACLE_RETENTION_SECONDS.yearly };
const weekly: BackupSchedule = { ...at, period: "ONE_WEEK", dayOfWeek: "SUNDAY", retentionSeconds: ORACLE_RETENTION_SECONDS.weekly };
const daily: BackupSchedule = { ...at, period: "ONE_DAY", retentionSeconds: ORACLE_RETENTION_SECONDS.daily };

const TIME_CREATED = "2017-10-01T00:00:00.000Z";
const policy = (id: string, displayName: string, schedules: BackupSchedule[]): VolumeBackupPolicy => ({
  id,
  displayName,
  schedules,
  timeCreated: TIME_CREATED,
  definedTags: {},
  freeformTags: {},
});

/**
 * OCI's Oracle-defined policies, with their real global OCIDs (realm oc1, no region segment). They
 * have no compartment, are listed by ListVolumeBackupPolicies without `compartmentId`, cannot be
 * changed or deleted, and cannot be assigned to volume groups. Listed in the order OCI lists them.
 */
export const ORACLE_DEFINED_POLICIES: readonly VolumeBackupPolicy[] = [
  policy("ocid1.volumebackuppolicy.oc1..aaaaaaaa7hwv7iscewqqcmyqe2zuzfce6setvckhbxduswtxf6ctew7e54ja", "silver", [weekly, monthly, yearly]),
  policy("ocid1.volumebackuppolicy.oc1..aaaaaaaadrzfwjb5tflixtmy5axp2kx65uqakgnupfogabzjhtn5x5dfra6q", "bronze", [monthly, yearly]),
  policy("ocid1.volumebackuppolicy.oc1..aaaaaaaagcremuefit7dpcnjpdrtphjk4bwm3emm55t6cghctt2m6iyyjdva", "gold", [daily, weekly, monthly, yearly]),
];

/** The Oracle-defined policy with this OCID, if it is one. */
export function oracleDefinedPolicy(id: string): VolumeBackupPolicy | undefined {
  return ORACLE_DEFINED_POLICIES.find((p) => p.id === id);
}
