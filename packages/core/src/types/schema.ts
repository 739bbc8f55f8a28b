/**
 * TypeScript types for the OCI Core Services (Block Volume) slice ocikit covers.
 *
 * GENERATED from spec/core-services.yaml by packages/core/scripts/generate-types.mjs.
 * Do not edit by hand: change the spec, then run `pnpm --filter @ocikit/core generate`.
 */
export interface paths {
    "/volumeGroupBackups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volume group backups
         * @description Lists the volume group backups of a compartment, optionally only those of one volume group.
         *     Results are paged: pass the `opc-next-page` response header back as `page` to continue.
         *     There is no lifecycle-state filter on this operation.
         */
        get: operations["ListVolumeGroupBackups"];
        put?: never;
        /**
         * Back up a volume group
         * @description Starts a backup of every volume in the given volume group. The backup is returned at once in
         *     an early lifecycle state; poll GetVolumeGroupBackup until it is `AVAILABLE`.
         */
        post: operations["CreateVolumeGroupBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeGroupBackups/{volumeGroupBackupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a volume group backup
         * @description Returns the current state of one volume group backup, with its `etag`.
         */
        get: operations["GetVolumeGroupBackup"];
        /**
         * Update a volume group backup
         * @description Renames or retags a volume group backup, or changes its retention settings. Tag maps given
         *     here replace the stored ones as a whole. Send `if-match` to update only an unchanged version.
         */
        put: operations["UpdateVolumeGroupBackup"];
        post?: never;
        /**
         * Delete a volume group backup
         * @description Deletes a volume group backup together with all of its member volume backups. The backup
         *     passes through `TERMINATING` to `TERMINATED`. Send `if-match` to delete only an unchanged
         *     version.
         */
        delete: operations["DeleteVolumeGroupBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeGroupBackups/{volumeGroupBackupId}/actions/copy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a volume group backup to another region
         * @description Starts copying a volume group backup into another region of the same tenancy. The response
         *     describes the new backup, which lives in the destination region.
         */
        post: operations["CopyVolumeGroupBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeGroupBackups/{volumeGroupBackupId}/actions/changeCompartment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a volume group backup to another compartment
         * @description Moves a volume group backup and its member volume backups into another compartment of the
         *     same tenancy.
         */
        post: operations["ChangeVolumeGroupBackupCompartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeGroups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volume groups
         * @description Lists the volume groups of a compartment, optionally narrowed to one availability domain,
         *     display name or lifecycle state. Results are paged through `opc-next-page`.
         */
        get: operations["ListVolumeGroups"];
        put?: never;
        /**
         * Create a volume group
         * @description Creates a volume group from existing volumes, or by cloning a volume group, restoring a
         *     volume group backup, or activating a volume group replica (see `sourceDetails`).
         */
        post: operations["CreateVolumeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeGroups/{volumeGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume group. */
                volumeGroupId: components["parameters"]["VolumeGroupIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a volume group
         * @description Returns the current state of one volume group, with its `etag`.
         */
        get: operations["GetVolumeGroup"];
        /**
         * Update a volume group
         * @description Renames or retags a volume group, replaces its member volumes, or changes its replicas.
         *     Send `if-match` to update only an unchanged version.
         */
        put: operations["UpdateVolumeGroup"];
        post?: never;
        /**
         * Delete a volume group
         * @description Deletes a volume group. The member volumes are not deleted; they simply leave the group.
         *     Send `if-match` to delete only an unchanged version.
         */
        delete: operations["DeleteVolumeGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeGroups/{volumeGroupId}/actions/changeCompartment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume group. */
                volumeGroupId: components["parameters"]["VolumeGroupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a volume group to another compartment
         * @description Moves a volume group into another compartment of the same tenancy.
         */
        post: operations["ChangeVolumeGroupCompartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List block volumes
         * @description Lists block volumes, optionally narrowed to a compartment, availability domain, volume group,
         *     cluster placement group, display name or lifecycle state. Results are paged through
         *     `opc-next-page`.
         */
        get: operations["ListVolumes"];
        put?: never;
        /**
         * Create a block volume
         * @description Creates a block volume, either empty or from a source (another volume, a volume backup, the
         *     difference between two backups, or a block volume replica).
         */
        post: operations["CreateVolume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes/{volumeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the block volume. */
                volumeId: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a block volume
         * @description Returns the current state of one block volume, with its `etag`.
         */
        get: operations["GetVolume"];
        /**
         * Update a block volume
         * @description Renames or retags a block volume, grows it, or changes its performance, auto-tuning or
         *     replicas. Send `if-match` to update only an unchanged version.
         */
        put: operations["UpdateVolume"];
        post?: never;
        /**
         * Delete a block volume
         * @description Deletes a block volume; a volume that is still attached to an instance cannot be deleted.
         *     Send `if-match` to delete only an unchanged version.
         */
        delete: operations["DeleteVolume"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List volume backups
         * @description Lists the volume backups of a compartment, optionally only those of one volume, those copied
         *     from one source backup, or those with a given display name or lifecycle state. Results are
         *     paged through `opc-next-page`.
         */
        get: operations["ListVolumeBackups"];
        put?: never;
        /**
         * Back up a block volume
         * @description Starts a backup of one block volume. The backup is created in the volume's compartment and
         *     becomes AVAILABLE once the data is imaged.
         */
        post: operations["CreateVolumeBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackups/{volumeBackupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a volume backup
         * @description Returns the current state of one volume backup, with its `etag`.
         */
        get: operations["GetVolumeBackup"];
        /**
         * Update a volume backup
         * @description Renames or retags a volume backup, or changes its retention. Send `if-match` to update only an
         *     unchanged version.
         */
        put: operations["UpdateVolumeBackup"];
        post?: never;
        /**
         * Delete a volume backup
         * @description Deletes a standalone volume backup; a member of a volume group backup is deleted with its
         *     group backup. Send `if-match` to delete only an unchanged version.
         */
        delete: operations["DeleteVolumeBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackups/{volumeBackupId}/actions/copy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a volume backup to another region
         * @description Starts copying a volume backup into another region of the same tenancy. The response
         *     describes the new backup, which lives in the destination region.
         */
        post: operations["CopyVolumeBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackups/{volumeBackupId}/actions/changeCompartment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a volume backup to another compartment
         * @description Moves a volume backup into another compartment of the same tenancy.
         */
        post: operations["ChangeVolumeBackupCompartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumes/{volumeId}/actions/changeCompartment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the block volume. */
                volumeId: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a block volume to another compartment
         * @description Moves a block volume into another compartment of the same tenancy.
         */
        post: operations["ChangeVolumeCompartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackupPolicies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List backup policies
         * @description Lists the user-defined backup policies of a compartment. Without `compartmentId` it lists the
         *     Oracle-defined policies (`gold`, `silver`, `bronze`) instead. Results are paged through
         *     `opc-next-page`.
         */
        get: operations["ListVolumeBackupPolicies"];
        put?: never;
        /**
         * Create a user-defined backup policy
         * @description Creates a backup policy of your own in a compartment. A policy may start with no schedules and
         *     get them later through UpdateVolumeBackupPolicy; it makes backups only once it is assigned to a
         *     volume or a volume group.
         */
        post: operations["CreateVolumeBackupPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackupPolicies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the backup policy. */
                policyId: components["parameters"]["PolicyIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a backup policy
         * @description Returns one backup policy, Oracle-defined or user-defined, with its `etag`.
         */
        get: operations["GetVolumeBackupPolicy"];
        /**
         * Update a user-defined backup policy
         * @description Renames a user-defined policy, changes its copy region, or replaces its schedules or tags.
         *     `schedules` and the tag maps replace the stored ones as a whole. Oracle-defined policies cannot
         *     be changed. Send `if-match` to update only an unchanged version.
         */
        put: operations["UpdateVolumeBackupPolicy"];
        post?: never;
        /**
         * Delete a user-defined backup policy
         * @description Deletes a user-defined backup policy that is assigned to no volume or volume group. Oracle-defined
         *     policies cannot be deleted. Send `if-match` to delete only an unchanged version.
         */
        delete: operations["DeleteVolumeBackupPolicy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackupPolicyAssignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the backup policy assignment of an asset
         * @description Returns the assignment of the given volume or volume group as a list of at most one item
         *     (empty when the asset has no policy). This is how to read an asset's policy: the volume and
         *     volume group models do not carry it.
         */
        get: operations["GetVolumeBackupPolicyAssetAssignment"];
        put?: never;
        /**
         * Assign a backup policy to a volume or volume group
         * @description Assigns a backup policy to a volume or a volume group (the asset). An asset has at most one
         *     policy: assigning another one silently replaces the previous assignment.
         */
        post: operations["CreateVolumeBackupPolicyAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volumeBackupPolicyAssignments/{policyAssignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the backup policy assignment. */
                policyAssignmentId: components["parameters"]["PolicyAssignmentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a backup policy assignment
         * @description Returns one backup policy assignment, with its `etag`.
         */
        get: operations["GetVolumeBackupPolicyAssignment"];
        put?: never;
        post?: never;
        /**
         * Remove a backup policy assignment
         * @description Unassigns the policy from its asset; no further scheduled backups are made for it. Backups it
         *     already made stay until they expire. Send `if-match` to delete only an unchanged version.
         */
        delete: operations["DeleteVolumeBackupPolicyAssignment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Body of every error response. */
        Error: {
            /** @description Short machine-readable error code, such as `NotAuthorizedOrNotFound`. */
            code: string;
            /** @description Human-readable explanation of what went wrong. */
            message: string;
        };
        /** @description Simple key-value tags with no namespace, for example `{"team": "storage"}`. */
        FreeformTags: {
            [key: string]: string;
        };
        /**
         * @description Tags grouped by tag namespace: each namespace maps tag keys to values, for example
         *     `{"Operations": {"CostCenter": "42"}}`.
         */
        DefinedTags: {
            [key: string]: {
                [key: string]: unknown;
            };
        };
        /** @description A retention period, as an amount of a time unit. */
        RetentionDuration: {
            /**
             * @description Unit of `retentionTimeAmount`.
             * @enum {string}
             */
            retentionTimeUnit: "YEARS" | "DAYS";
            /**
             * Format: int64
             * @description Number of units the backup is retained for.
             */
            retentionTimeAmount: number;
        };
        /** @description A point-in-time backup of a volume group, made of one volume backup per member volume. */
        VolumeGroupBackup: {
            /** @description OCID of the compartment that holds the backup. */
            compartmentId: string;
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description Mutable, non-unique name of the backup. */
            displayName: string;
            /**
             * Format: date-time
             * @description When the backup is deleted automatically; set only for backups made by a backup policy.
             */
            expirationTime?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description OCID of the volume group backup. */
            id: string;
            /**
             * @description Where the backup is in its lifecycle.
             * @enum {string}
             */
            lifecycleState: "CREATING" | "COMMITTED" | "AVAILABLE" | "TERMINATING" | "TERMINATED" | "FAULTY" | "REQUEST_RECEIVED";
            /**
             * Format: int64
             * @description Total size of the backed-up volumes, in megabytes.
             */
            sizeInMBs?: number;
            /**
             * Format: int64
             * @description Total size of the backed-up volumes, in gigabytes.
             */
            sizeInGBs?: number;
            /**
             * @description Whether the backup was requested by a user (`MANUAL`) or by a backup policy (`SCHEDULED`).
             * @enum {string}
             */
            sourceType?: "MANUAL" | "SCHEDULED";
            /**
             * Format: date-time
             * @description The moment the point-in-time image was taken.
             */
            timeCreated: string;
            /**
             * Format: date-time
             * @description When the service received the request that created the backup.
             */
            timeRequestReceived?: string;
            /**
             * @description `FULL` copies all data; `INCREMENTAL` copies only what changed since the last backup.
             * @enum {string}
             */
            type: "FULL" | "INCREMENTAL";
            /**
             * Format: int64
             * @description Storage actually consumed by this backup, in megabytes.
             */
            uniqueSizeInMbs?: number;
            /**
             * Format: int64
             * @description Storage actually consumed by this backup, in gigabytes.
             */
            uniqueSizeInGbs?: number;
            /** @description OCIDs of the member volume backups. */
            volumeBackupIds: string[];
            /** @description OCID of the volume group that was backed up. */
            volumeGroupId?: string;
            /** @description For a copy, OCID of the backup it was copied from. */
            sourceVolumeGroupBackupId?: string;
            /**
             * Format: date-time
             * @description When the retention period ends.
             */
            timeRetentionExpiresAt?: string;
            retentionPeriod?: components["schemas"]["RetentionDuration"];
            /** @description Whether deleting the backup is refused until the retention period ends. */
            isPreventDeletionEnabled?: boolean;
            /** @description Whether the retention settings themselves are locked for the retention period. */
            isRetentionLockEnabled?: boolean;
            /** @description Whether the backup is under legal hold and kept until the hold is lifted. */
            isIndefiniteRetentionEnabled?: boolean;
        };
        /** @description Request body of CreateVolumeGroupBackup. */
        CreateVolumeGroupBackupDetails: {
            /** @description Compartment for the backup (OCID); defaults to the volume group's compartment. */
            compartmentId?: string;
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description Name for the backup; need not be unique. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /**
             * @description Kind of backup to take; `INCREMENTAL` when omitted.
             * @default INCREMENTAL
             * @enum {string}
             */
            type?: "FULL" | "INCREMENTAL";
            /** @description OCID of the volume group to back up. */
            volumeGroupId: string;
            retentionPeriod?: components["schemas"]["RetentionDuration"];
            /** @description Refuse deletion of the backup until the retention period ends. */
            isPreventDeletionEnabled?: boolean;
            /** @description Lock the retention settings for the retention period. */
            isRetentionLockEnabled?: boolean;
            /** @description Put the backup under legal hold. */
            isIndefiniteRetentionEnabled?: boolean;
        };
        /** @description Request body of UpdateVolumeGroupBackup; every field is optional. */
        UpdateVolumeGroupBackupDetails: {
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description New name for the backup. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            retentionPeriod?: components["schemas"]["RetentionDuration"];
            /** @description Refuse deletion of the backup until the retention period ends. */
            isPreventDeletionEnabled?: boolean;
            /** @description Lock the retention settings for the retention period. */
            isRetentionLockEnabled?: boolean;
            /** @description Put the backup under legal hold, or lift the hold. */
            isIndefiniteRetentionEnabled?: boolean;
        };
        /** @description Request body of CopyVolumeGroupBackup. */
        CopyVolumeGroupBackupDetails: {
            /** @description Region to copy the backup into, for example `us-phoenix-1`. */
            destinationRegion: string;
            /** @description Name for the copy. */
            displayName?: string;
            /**
             * @description OCID of a Vault key in the destination region to encrypt the copy with; an
             *     Oracle-managed key is used when omitted.
             */
            kmsKeyId?: string;
        };
        /** @description Request body of ChangeVolumeGroupBackupCompartment. */
        ChangeVolumeGroupBackupCompartmentDetails: {
            /** @description OCID of the compartment to move the backup into. */
            compartmentId: string;
        };
        /** @description Where a volume group's volumes come from, selected by `type`. */
        VolumeGroupSourceDetails: components["schemas"]["VolumeGroupSourceFromVolumesDetails"] | components["schemas"]["VolumeGroupSourceFromVolumeGroupDetails"] | components["schemas"]["VolumeGroupSourceFromVolumeGroupBackupDetails"] | components["schemas"]["VolumeGroupSourceFromVolumeGroupReplicaDetails"];
        /** @description Group existing volumes. */
        VolumeGroupSourceFromVolumesDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "volumeIds";
            /** @description OCIDs of the volumes to put in the group. */
            volumeIds: string[];
        };
        /** @description Clone an existing volume group. */
        VolumeGroupSourceFromVolumeGroupDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "volumeGroupId";
            /** @description OCID of the volume group to clone. */
            volumeGroupId: string;
        };
        /** @description Restore a volume group backup into a new volume group. */
        VolumeGroupSourceFromVolumeGroupBackupDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "volumeGroupBackupId";
            /** @description OCID of the volume group backup to restore. */
            volumeGroupBackupId: string;
        };
        /**
         * @description Create a volume group from a volume group replica, in the replica's availability domain.
         *     A replica can back only one volume group at a time.
         */
        VolumeGroupSourceFromVolumeGroupReplicaDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "volumeGroupReplicaId";
            /** @description OCID of the volume group replica. */
            volumeGroupReplicaId: string;
        };
        /** @description A replica of the volume group to keep in another availability domain. */
        VolumeGroupReplicaDetails: {
            /** @description Name for the replica. */
            displayName?: string;
            /** @description Availability domain to hold the replica, for example `Uocm:PHX-AD-1`. */
            availabilityDomain: string;
            /** @description OCID of a Vault key in the destination region, for cross-region replicas. */
            xrrKmsKeyId?: string;
        };
        /** @description A replica of a volume group, as reported on the group. */
        VolumeGroupReplicaInfo: {
            /** @description Name of the replica. */
            displayName: string;
            /** @description OCID of the replica. */
            volumeGroupReplicaId: string;
            /** @description Availability domain that holds the replica. */
            availabilityDomain: string;
            /** @description OCID of the Vault key that encrypts the replica. */
            kmsKeyId?: string;
        };
        /** @description A set of block volumes that are backed up, cloned and replicated together. */
        VolumeGroup: {
            /** @description Availability domain of the group, for example `Uocm:PHX-AD-1`. */
            availabilityDomain: string;
            /** @description OCID of the compartment that holds the group. */
            compartmentId: string;
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description Mutable, non-unique name of the group. */
            displayName: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description OCID of the volume group. */
            id: string;
            /**
             * @description Where the group is in its lifecycle.
             * @enum {string}
             */
            lifecycleState: "PROVISIONING" | "AVAILABLE" | "TERMINATING" | "TERMINATED" | "FAULTY" | "UPDATE_PENDING";
            /**
             * Format: int64
             * @description Combined size of the member volumes, in megabytes.
             */
            sizeInMBs: number;
            /**
             * Format: int64
             * @description Combined size of the member volumes, in gigabytes.
             */
            sizeInGBs?: number;
            sourceDetails?: components["schemas"]["VolumeGroupSourceDetails"];
            /**
             * Format: date-time
             * @description When the group was created.
             */
            timeCreated: string;
            /** @description OCIDs of the member volumes. */
            volumeIds: string[];
            /** @description For a clone, whether all data has been copied from the source. */
            isHydrated?: boolean;
            /** @description Replicas of this group in other availability domains. */
            volumeGroupReplicas?: components["schemas"]["VolumeGroupReplicaInfo"][];
        };
        /** @description Request body of CreateVolumeGroup. */
        CreateVolumeGroupDetails: {
            /** @description Availability domain for the group, for example `Uocm:PHX-AD-1`. */
            availabilityDomain: string;
            /** @description OCID of a backup policy to assign; no policy when omitted. */
            backupPolicyId?: string;
            /** @description OCID of the compartment for the group. */
            compartmentId: string;
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description Name for the group; need not be unique. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            sourceDetails: components["schemas"]["VolumeGroupSourceDetails"];
            /** @description Replicas to create for the group. */
            volumeGroupReplicas?: components["schemas"]["VolumeGroupReplicaDetails"][];
            /** @description OCID of the cluster placement group to place the group in. */
            clusterPlacementGroupId?: string;
            /** @description OCID of a Vault key in the destination region, used when the source is in another region. */
            xrcKmsKeyId?: string;
        };
        /** @description Request body of UpdateVolumeGroup; every field is optional. */
        UpdateVolumeGroupDetails: {
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description New name for the group. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description The complete new list of member volume OCIDs. */
            volumeIds?: string[];
            /** @description The complete desired list of replicas; an empty list removes them all. */
            volumeGroupReplicas?: components["schemas"]["VolumeGroupReplicaDetails"][];
        };
        /** @description Request body of ChangeVolumeGroupCompartment. */
        ChangeVolumeGroupCompartmentDetails: {
            /** @description OCID of the compartment to move the group into. */
            compartmentId: string;
        };
        /** @description Where a new volume's data comes from, selected by `type`. */
        VolumeSourceDetails: components["schemas"]["VolumeSourceFromVolumeDetails"] | components["schemas"]["VolumeSourceFromVolumeBackupDetails"] | components["schemas"]["VolumeSourceFromVolumeBackupDeltaDetails"] | components["schemas"]["VolumeSourceFromBlockVolumeReplicaDetails"];
        /** @description Clone an existing volume. */
        VolumeSourceFromVolumeDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "volume";
            /** @description OCID of the volume to clone. */
            id: string;
        };
        /** @description Restore a volume backup. */
        VolumeSourceFromVolumeBackupDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "volumeBackup";
            /** @description OCID of the volume backup to restore. */
            id: string;
        };
        /** @description Create a volume holding the blocks that differ between two backups of the same volume. */
        VolumeSourceFromVolumeBackupDeltaDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "volumeBackupDelta";
            /** @description OCID of the older backup. */
            firstBackupId: string;
            /** @description OCID of the newer backup. */
            secondBackupId: string;
            /**
             * Format: int64
             * @description Block size used to compare the two backups, in bytes.
             */
            changeBlockSizeInBytes?: number;
        };
        /** @description Create a volume from a block volume replica, in the replica's availability domain. */
        VolumeSourceFromBlockVolumeReplicaDetails: {
            /**
             * @description Selects this source kind. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "blockVolumeReplica";
            /** @description OCID of the block volume replica. */
            id: string;
        };
        /** @description One automatic performance-tuning rule, selected by `autotuneType`. */
        AutotunePolicy: components["schemas"]["DetachedVolumeAutotunePolicy"] | components["schemas"]["PerformanceBasedAutotunePolicy"];
        /** @description Lower the volume's performance to the minimum while it is not attached. */
        DetachedVolumeAutotunePolicy: {
            /**
             * @description Selects this auto-tuning rule. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            autotuneType: "DETACHED_VOLUME";
        };
        /** @description Raise the volume's performance with its load, up to a ceiling. */
        PerformanceBasedAutotunePolicy: {
            /**
             * @description Selects this auto-tuning rule. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            autotuneType: "PERFORMANCE_BASED";
            /**
             * Format: int64
             * @description Highest performance, in volume performance units per GB, that auto-tuning may reach.
             */
            maxVpusPerGB: number;
        };
        /** @description A replica of the volume to keep in another availability domain. */
        BlockVolumeReplicaDetails: {
            /** @description Name for the replica. */
            displayName?: string;
            /** @description Availability domain to hold the replica. */
            availabilityDomain: string;
            /** @description OCID of a Vault key in the destination region, for cross-region replicas. */
            xrrKmsKeyId?: string;
        };
        /** @description A replica of a block volume, as reported on the volume. */
        BlockVolumeReplicaInfo: {
            /** @description Name of the replica. */
            displayName: string;
            /** @description OCID of the replica. */
            blockVolumeReplicaId: string;
            /** @description Availability domain that holds the replica. */
            availabilityDomain: string;
            /** @description OCID of the Vault key that encrypts the replica. */
            kmsKeyId?: string;
        };
        /** @description A block volume. */
        Volume: {
            /** @description Availability domain of the volume, for example `Uocm:PHX-AD-1`. */
            availabilityDomain: string;
            /** @description OCID of the compartment that holds the volume. */
            compartmentId: string;
            definedTags?: components["schemas"]["DefinedTags"];
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description Tags set by the service, grouped by namespace. */
            systemTags?: components["schemas"]["DefinedTags"];
            /** @description Mutable, non-unique name of the volume. */
            displayName: string;
            /** @description OCID of the volume. */
            id: string;
            /** @description For a clone, whether all data has been copied from the source. */
            isHydrated?: boolean;
            /** @description OCID of the Vault key that encrypts the volume, if not Oracle-managed. */
            kmsKeyId?: string;
            /**
             * @description Where the volume is in its lifecycle.
             * @enum {string}
             */
            lifecycleState: "PROVISIONING" | "RESTORING" | "AVAILABLE" | "TERMINATING" | "TERMINATED" | "FAULTY";
            /**
             * Format: int64
             * @description Configured performance, in volume performance units per GB.
             */
            vpusPerGB?: number;
            /** @description OCID of the cluster placement group the volume is in. */
            clusterPlacementGroupId?: string;
            /**
             * Format: int64
             * @description Size of the volume, in gigabytes.
             */
            sizeInGBs?: number;
            /**
             * Format: int64
             * @deprecated
             * @description Size of the volume, in megabytes; superseded by `sizeInGBs` but still always present.
             */
            sizeInMBs: number;
            sourceDetails?: components["schemas"]["VolumeSourceDetails"];
            /**
             * Format: date-time
             * @description When the volume was created.
             */
            timeCreated: string;
            /** @description OCID of the volume group the volume belongs to, if any. */
            volumeGroupId?: string;
            /** @description Whether detached-volume auto-tuning is on (older switch; see `autotunePolicies`). */
            isAutoTuneEnabled?: boolean;
            /**
             * Format: int64
             * @description Performance currently chosen by auto-tuning, in volume performance units per GB.
             */
            autoTunedVpusPerGB?: number;
            /** @description Replicas of this volume in other availability domains. */
            blockVolumeReplicas?: components["schemas"]["BlockVolumeReplicaInfo"][];
            /** @description Auto-tuning rules in force on the volume. */
            autotunePolicies?: components["schemas"]["AutotunePolicy"][];
            /** @description Whether SCSI persistent reservations are enabled for the volume. */
            isReservationsEnabled?: boolean;
        };
        /** @description Request body of CreateVolume. */
        CreateVolumeDetails: {
            /** @description Availability domain for the volume, for example `Uocm:PHX-AD-1`. */
            availabilityDomain?: string;
            /** @description OCID of a backup policy to assign; no policy when omitted. */
            backupPolicyId?: string;
            /** @description OCID of the compartment for the volume. */
            compartmentId: string;
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description Name for the volume; need not be unique. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description OCID of a Vault key to encrypt the volume with; Oracle-managed when omitted. */
            kmsKeyId?: string;
            /**
             * Format: int64
             * @description Performance, in volume performance units per GB (for example 0, 10, 20 or more).
             */
            vpusPerGB?: number;
            /** @description OCID of the cluster placement group to place the volume in. */
            clusterPlacementGroupId?: string;
            /**
             * Format: int64
             * @description Size in gigabytes; 1024 when neither size field is given.
             */
            sizeInGBs?: number;
            /**
             * Format: int64
             * @deprecated
             * @description Size in megabytes; superseded by `sizeInGBs`.
             */
            sizeInMBs?: number;
            sourceDetails?: components["schemas"]["VolumeSourceDetails"];
            /**
             * @deprecated
             * @description OCID of a volume backup to restore; superseded by `sourceDetails`.
             */
            volumeBackupId?: string;
            /** @description Turn on detached-volume auto-tuning (older switch; see `autotunePolicies`). */
            isAutoTuneEnabled?: boolean;
            /** @description Replicas to create for the volume. */
            blockVolumeReplicas?: components["schemas"]["BlockVolumeReplicaDetails"][];
            /** @description Auto-tuning rules for the volume. */
            autotunePolicies?: components["schemas"]["AutotunePolicy"][];
            /** @description OCID of a Vault key in the destination region, used when the source is in another region. */
            xrcKmsKeyId?: string;
            /** @description Enable SCSI persistent reservations for the volume. */
            isReservationsEnabled?: boolean;
        };
        /** @description Request body of UpdateVolume; every field is optional. */
        UpdateVolumeDetails: {
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description New name for the volume. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /**
             * Format: int64
             * @description New performance, in volume performance units per GB.
             */
            vpusPerGB?: number;
            /**
             * Format: int64
             * @description New size in gigabytes; a volume can only grow.
             */
            sizeInGBs?: number;
            /** @description Turn detached-volume auto-tuning on or off (older switch; see `autotunePolicies`). */
            isAutoTuneEnabled?: boolean;
            /** @description The complete desired list of replicas; an empty list removes them all. */
            blockVolumeReplicas?: components["schemas"]["BlockVolumeReplicaDetails"][];
            /** @description The complete desired list of auto-tuning rules. */
            autotunePolicies?: components["schemas"]["AutotunePolicy"][];
            /** @description Enable or disable SCSI persistent reservations. */
            isReservationsEnabled?: boolean;
        };
        /** @description A point-in-time backup of one block volume, possibly a member of a volume group backup. */
        VolumeBackup: {
            /** @description OCID of the compartment that holds the backup. */
            compartmentId: string;
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description Tags set by the service, grouped by namespace. */
            systemTags?: components["schemas"]["DefinedTags"];
            /** @description Mutable, non-unique name of the backup. */
            displayName: string;
            /**
             * Format: date-time
             * @description When the backup is deleted automatically; set only for backups made by a backup policy.
             */
            expirationTime?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description OCID of the volume backup. */
            id: string;
            /** @description OCID of the Vault key that encrypts the backup, if not Oracle-managed. */
            kmsKeyId?: string;
            /**
             * @description Where the backup is in its lifecycle.
             * @enum {string}
             */
            lifecycleState: "CREATING" | "AVAILABLE" | "TERMINATING" | "TERMINATED" | "FAULTY" | "REQUEST_RECEIVED";
            /**
             * Format: int64
             * @description Size of the source volume, in gigabytes.
             */
            sizeInGBs?: number;
            /**
             * Format: int64
             * @deprecated
             * @description Size of the source volume, in megabytes; superseded by `sizeInGBs`.
             */
            sizeInMBs?: number;
            /**
             * @description Whether the backup was requested by a user (`MANUAL`) or by a backup policy (`SCHEDULED`).
             * @enum {string}
             */
            sourceType?: "MANUAL" | "SCHEDULED";
            /** @description For a copy, OCID of the backup it was copied from. */
            sourceVolumeBackupId?: string;
            /**
             * Format: date-time
             * @description The moment the point-in-time image was taken.
             */
            timeCreated: string;
            /**
             * Format: date-time
             * @description When the service received the request that created the backup.
             */
            timeRequestReceived?: string;
            /**
             * @description `FULL` copies all data; `INCREMENTAL` copies only what changed since the last backup.
             * @enum {string}
             */
            type: "FULL" | "INCREMENTAL";
            /**
             * Format: int64
             * @description Storage actually consumed by this backup, in gigabytes.
             */
            uniqueSizeInGBs?: number;
            /**
             * Format: int64
             * @deprecated
             * @description Storage actually consumed by this backup, in megabytes; superseded by `uniqueSizeInGBs`.
             */
            uniqueSizeInMbs?: number;
            /** @description OCID of the volume that was backed up. */
            volumeId?: string;
            /**
             * Format: date-time
             * @description When the retention period ends.
             */
            timeRetentionExpiresAt?: string;
            retentionPeriod?: components["schemas"]["RetentionDuration"];
            /** @description Whether deleting the backup is refused until the retention period ends. */
            isPreventDeletionEnabled?: boolean;
            /** @description Whether the retention settings themselves are locked for the retention period. */
            isRetentionLockEnabled?: boolean;
            /** @description Whether the backup is under legal hold and kept until the hold is lifted. */
            isIndefiniteRetentionEnabled?: boolean;
            /** @description OCID of the volume group backup this backup belongs to, if any. */
            volumeGroupBackupId?: string;
        };
        /** @description Request body of CreateVolumeBackup. */
        CreateVolumeBackupDetails: {
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description Name for the backup; need not be unique. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description OCID of a Vault key to encrypt the backup with; the volume's key when omitted. */
            kmsKeyId?: string;
            /**
             * @description Kind of backup to take; `INCREMENTAL` when omitted.
             * @default INCREMENTAL
             * @enum {string}
             */
            type?: "FULL" | "INCREMENTAL";
            /** @description OCID of the volume to back up. */
            volumeId: string;
            retentionPeriod?: components["schemas"]["RetentionDuration"];
            /** @description Refuse deletion of the backup until the retention period ends. */
            isPreventDeletionEnabled?: boolean;
            /** @description Lock the retention settings for the retention period. */
            isRetentionLockEnabled?: boolean;
            /** @description Put the backup under legal hold, or lift the hold. */
            isIndefiniteRetentionEnabled?: boolean;
        };
        /** @description Request body of UpdateVolumeBackup; every field is optional. */
        UpdateVolumeBackupDetails: {
            definedTags?: components["schemas"]["DefinedTags"];
            /** @description New name for the backup. */
            displayName?: string;
            freeformTags?: components["schemas"]["FreeformTags"];
            /** @description OCID of a Vault key to encrypt the backup with from now on. */
            kmsKeyId?: string;
            retentionPeriod?: components["schemas"]["RetentionDuration"];
            /** @description Refuse deletion of the backup until the retention period ends. */
            isPreventDeletionEnabled?: boolean;
            /** @description Lock the retention settings for the retention period. */
            isRetentionLockEnabled?: boolean;
            /** @description Put the backup under legal hold, or lift the hold. */
            isIndefiniteRetentionEnabled?: boolean;
        };
        /** @description Request body of CopyVolumeBackup. */
        CopyVolumeBackupDetails: {
            /** @description Region to copy the backup into, for example `us-phoenix-1`. */
            destinationRegion: string;
            /** @description Name for the copy. */
            displayName?: string;
            /**
             * @description OCID of a Vault key in the destination region to encrypt the copy with; an
             *     Oracle-managed key is used when omitted.
             */
            kmsKeyId?: string;
        };
        /** @description Request body of ChangeVolumeBackupCompartment. */
        ChangeVolumeBackupCompartmentDetails: {
            /** @description OCID of the compartment to move the backup into. */
            compartmentId: string;
        };
        /** @description Request body of ChangeVolumeCompartment. */
        ChangeVolumeCompartmentDetails: {
            /** @description OCID of the compartment to move the volume into. */
            compartmentId: string;
        };
        /**
         * @description One recurring backup of a policy: how often (`period`), when within the period, which kind of
         *     backup, and how long each backup is kept. With `offsetType: STRUCTURED` the time comes from
         *     `hourOfDay`, `dayOfWeek`, `dayOfMonth` and `month` (those that apply to the period); otherwise
         *     (`NUMERIC_SECONDS`, also when `offsetType` is omitted) it is `offsetSeconds` after the start of
         *     the period. Fields that do not apply to the period are ignored.
         */
        VolumeBackupSchedule: {
            /**
             * @description Kind of backup each run makes.
             * @enum {string}
             */
            backupType: "FULL" | "INCREMENTAL";
            /**
             * Format: int64
             * @description Seconds after the start of the period at which the backup runs (NUMERIC_SECONDS offsets).
             */
            offsetSeconds?: number;
            /**
             * @description How often the schedule runs.
             * @enum {string}
             */
            period: "ONE_HOUR" | "ONE_DAY" | "ONE_WEEK" | "ONE_MONTH" | "ONE_YEAR";
            /**
             * @description Whether the run time is given by the structured fields or by `offsetSeconds` (the default).
             * @enum {string}
             */
            offsetType?: "STRUCTURED" | "NUMERIC_SECONDS";
            /**
             * Format: int64
             * @description Hour of the day the backup runs (daily, weekly, monthly and yearly schedules).
             */
            hourOfDay?: number;
            /**
             * @description Day of the week the backup runs (weekly schedules).
             * @enum {string}
             */
            dayOfWeek?: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
            /**
             * Format: int64
             * @description Day of the month the backup runs (monthly and yearly schedules).
             */
            dayOfMonth?: number;
            /**
             * @description Month the backup runs (yearly schedules).
             * @enum {string}
             */
            month?: "JANUARY" | "FEBRUARY" | "MARCH" | "APRIL" | "MAY" | "JUNE" | "JULY" | "AUGUST" | "SEPTEMBER" | "OCTOBER" | "NOVEMBER" | "DECEMBER";
            /**
             * Format: int64
             * @description How long each backup made by this schedule is kept before it is deleted, in seconds.
             */
            retentionSeconds: number;
            /**
             * @description Clock the run time is read on, UTC or the region's data-center time.
             * @enum {string}
             */
            timeZone?: "UTC" | "REGIONAL_DATA_CENTER_TIME";
            retentionPeriod?: components["schemas"]["RetentionDuration"];
            /** @description Whether the backups this schedule makes refuse deletion until their retention period ends. */
            isPreventDeletionEnabled?: boolean;
            /** @description Whether the retention settings of the backups this schedule makes are locked (use with `retentionPeriod`). */
            isRetentionLockEnabled?: boolean;
        };
        /**
         * @description A backup policy: a set of schedules that make backups of the volumes and volume groups it is
         *     assigned to. Oracle-defined policies (`gold`, `silver`, `bronze`) have no compartment.
         */
        VolumeBackupPolicy: {
            /** @description Mutable, non-unique name of the policy. */
            displayName: string;
            /** @description OCID of the policy. */
            id: string;
            /** @description The schedules the policy applies. */
            schedules: components["schemas"]["VolumeBackupSchedule"][];
            /** @description Region that every scheduled backup is also copied to, for example `us-phoenix-1`. */
            destinationRegion?: string;
            /**
             * Format: date-time
             * @description When the policy was created.
             */
            timeCreated: string;
            /** @description OCID of the compartment that holds the policy; absent for Oracle-defined policies. */
            compartmentId?: string;
            definedTags?: components["schemas"]["DefinedTags"];
            freeformTags?: components["schemas"]["FreeformTags"];
        };
        /** @description Request body of CreateVolumeBackupPolicy. */
        CreateVolumeBackupPolicyDetails: {
            /** @description OCID of the compartment for the policy. */
            compartmentId: string;
            /** @description Name for the policy; need not be unique. */
            displayName?: string;
            /** @description Region to copy every scheduled backup to; no copies when omitted. */
            destinationRegion?: string;
            /** @description The schedules of the policy; at most one per period. May be empty. */
            schedules?: components["schemas"]["VolumeBackupSchedule"][];
            definedTags?: components["schemas"]["DefinedTags"];
            freeformTags?: components["schemas"]["FreeformTags"];
        };
        /** @description Request body of UpdateVolumeBackupPolicy; every field is optional. */
        UpdateVolumeBackupPolicyDetails: {
            /** @description New name for the policy. */
            displayName?: string;
            /** @description New copy region; the value `none` removes it. */
            destinationRegion?: string;
            /** @description The complete new list of schedules (replaces the stored one). */
            schedules?: components["schemas"]["VolumeBackupSchedule"][];
            definedTags?: components["schemas"]["DefinedTags"];
            freeformTags?: components["schemas"]["FreeformTags"];
        };
        /** @description That a backup policy applies to a volume or volume group (the asset). */
        VolumeBackupPolicyAssignment: {
            /** @description OCID of the volume or volume group the policy is assigned to. */
            assetId: string;
            /** @description OCID of the assignment. */
            id: string;
            /** @description OCID of the assigned backup policy. */
            policyId: string;
            /**
             * Format: date-time
             * @description When the policy was assigned.
             */
            timeCreated: string;
            /** @description OCID of a Vault key in the destination region that encrypts the cross-region copies' keys. */
            xrcKmsKeyId?: string;
        };
        /** @description Request body of CreateVolumeBackupPolicyAssignment. */
        CreateVolumeBackupPolicyAssignmentDetails: {
            /** @description OCID of the volume or volume group to assign the policy to. */
            assetId: string;
            /** @description OCID of the backup policy to assign. */
            policyId: string;
            /** @description OCID of a Vault key in the destination region for the cross-region copies. */
            xrcKmsKeyId?: string;
        };
    };
    responses: {
        /** @description The request was malformed or a parameter was invalid. */
        BadRequest: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request signature was missing, malformed or did not verify. */
        Unauthorized: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The resource does not exist, or the caller may not see it; the two cases are deliberately
         *     indistinguishable.
         */
        NotFound: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The resource is in a state that does not allow this action (for example still being
         *     created), or the retry token was already used for a different request.
         */
        Conflict: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The `if-match` value does not match the resource's current etag. */
        PreconditionFailed: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller sent too many requests; back off and retry. */
        TooManyRequests: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed while handling the request. */
        InternalServerError: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any other error status, with the usual error body. */
        UnexpectedError: {
            headers: {
                "opc-request-id": components["headers"]["OpcRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description OCID of the volume group backup. */
        VolumeGroupBackupIdPath: string;
        /** @description OCID of the volume group. */
        VolumeGroupIdPath: string;
        /** @description OCID of the block volume. */
        VolumeIdPath: string;
        /** @description OCID of the volume backup. */
        VolumeBackupIdPath: string;
        /** @description OCID of the backup policy. */
        PolicyIdPath: string;
        /** @description OCID of the backup policy assignment. */
        PolicyAssignmentIdPath: string;
        /** @description OCID of the volume or volume group whose assignment to return. */
        AssetIdQuery: string;
        /**
         * @description OCID of the compartment whose user-defined policies to list; without it the Oracle-defined
         *     policies are listed.
         */
        PolicyCompartmentIdQuery: string;
        /** @description OCID of the compartment to list; only resources in exactly this compartment are returned. */
        CompartmentIdQuery: string;
        /** @description OCID of the compartment to list; only resources in exactly this compartment are returned. */
        CompartmentIdOptionalQuery: string;
        /** @description Only return resources that belong to this volume group (OCID). */
        VolumeGroupIdQuery: string;
        /** @description Only return backups of this volume (OCID). */
        VolumeIdQuery: string;
        /** @description Only return backups that were copied from this volume backup (OCID). */
        SourceVolumeBackupIdQuery: string;
        /** @description Only return resources in this availability domain, for example `Uocm:PHX-AD-1`. */
        AvailabilityDomainQuery: string;
        /** @description Only return volumes in this cluster placement group (OCID). */
        ClusterPlacementGroupIdQuery: string;
        /** @description Largest number of items to return in one page. */
        LimitQuery: number;
        /** @description Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one. */
        PageQuery: string;
        /** @description Only return resources whose display name is exactly this value (case-sensitive). */
        DisplayNameQuery: string;
        /**
         * @description Field to order by; only one at a time. `TIMECREATED` sorts newest first by default,
         *     `DISPLAYNAME` sorts alphabetically (case-sensitive) by default.
         */
        SortByQuery: "TIMECREATED" | "DISPLAYNAME";
        /** @description Sort direction, `ASC` or `DESC`. */
        SortOrderQuery: "ASC" | "DESC";
        /** @description Only return volume groups in this lifecycle state. */
        VolumeGroupLifecycleStateQuery: "PROVISIONING" | "AVAILABLE" | "TERMINATING" | "TERMINATED" | "FAULTY" | "UPDATE_PENDING";
        /** @description Only return volumes in this lifecycle state. */
        VolumeLifecycleStateQuery: "PROVISIONING" | "RESTORING" | "AVAILABLE" | "TERMINATING" | "TERMINATED" | "FAULTY";
        /** @description Only return volume backups in this lifecycle state. */
        VolumeBackupLifecycleStateQuery: "CREATING" | "AVAILABLE" | "TERMINATING" | "TERMINATED" | "FAULTY" | "REQUEST_RECEIVED";
        /**
         * @description Whether the block volume replicas of member volumes are kept when the update changes the
         *     group's replicas. Defaults to true.
         */
        PreserveVolumeReplicaQuery: boolean;
        /**
         * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
         *     timeout or a server error) returns the original result instead of acting twice; reusing a
         *     token with a different request is a conflict. Tokens are remembered for 24 hours.
         */
        OpcRetryTokenHeader: string;
        /**
         * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
         *     if the resource still has that etag; otherwise the call fails with 412.
         */
        IfMatchHeader: string;
        /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
        OpcRequestIdHeader: string;
    };
    requestBodies: never;
    headers: {
        /** @description Version tag of the returned resource; send it as `if-match` to update or delete this exact version. */
        Etag: string;
        /** @description Id that identifies this request in the service's records; quote it when asking for support. */
        OpcRequestId: string;
        /** @description Cursor for the next page; present only when more items remain. Send it as the `page` query parameter. */
        OpcNextPage: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListVolumeGroupBackups: {
        parameters: {
            query: {
                /** @description OCID of the compartment to list; only resources in exactly this compartment are returned. */
                compartmentId: components["parameters"]["CompartmentIdQuery"];
                /** @description Only return resources that belong to this volume group (OCID). */
                volumeGroupId?: components["parameters"]["VolumeGroupIdQuery"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["LimitQuery"];
                /** @description Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one. */
                page?: components["parameters"]["PageQuery"];
                /** @description Only return resources whose display name is exactly this value (case-sensitive). */
                displayName?: components["parameters"]["DisplayNameQuery"];
                /**
                 * @description Field to order by; only one at a time. `TIMECREATED` sorts newest first by default,
                 *     `DISPLAYNAME` sorts alphabetically (case-sensitive) by default.
                 */
                sortBy?: components["parameters"]["SortByQuery"];
                /** @description Sort direction, `ASC` or `DESC`. */
                sortOrder?: components["parameters"]["SortOrderQuery"];
            };
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of volume group backups (a JSON array). */
            200: {
                headers: {
                    "opc-next-page": components["headers"]["OpcNextPage"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroupBackup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateVolumeGroupBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description What to back up, and how to name, tag and retain the backup. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeGroupBackupDetails"];
            };
        };
        responses: {
            /** @description The backup was accepted and is being created. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroupBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    GetVolumeGroupBackup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume group backup. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroupBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateVolumeGroupBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change; omitted fields keep their values. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVolumeGroupBackupDetails"];
            };
        };
        responses: {
            /** @description The updated volume group backup. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroupBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteVolumeGroupBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion has started; there is no body. */
            204: {
                headers: {
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CopyVolumeGroupBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        /** @description Where to copy the backup, and how to name and encrypt the copy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyVolumeGroupBackupDetails"];
            };
        };
        responses: {
            /** @description The copy was accepted; the body describes the new backup. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroupBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ChangeVolumeGroupBackupCompartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group backup. */
                volumeGroupBackupId: components["parameters"]["VolumeGroupBackupIdPath"];
            };
            cookie?: never;
        };
        /** @description The destination compartment. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeVolumeGroupBackupCompartmentDetails"];
            };
        };
        responses: {
            /** @description The backup was moved; there is no body. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListVolumeGroups: {
        parameters: {
            query: {
                /** @description Only return resources in this availability domain, for example `Uocm:PHX-AD-1`. */
                availabilityDomain?: components["parameters"]["AvailabilityDomainQuery"];
                /** @description OCID of the compartment to list; only resources in exactly this compartment are returned. */
                compartmentId: components["parameters"]["CompartmentIdQuery"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["LimitQuery"];
                /** @description Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one. */
                page?: components["parameters"]["PageQuery"];
                /** @description Only return resources whose display name is exactly this value (case-sensitive). */
                displayName?: components["parameters"]["DisplayNameQuery"];
                /**
                 * @description Field to order by; only one at a time. `TIMECREATED` sorts newest first by default,
                 *     `DISPLAYNAME` sorts alphabetically (case-sensitive) by default.
                 */
                sortBy?: components["parameters"]["SortByQuery"];
                /** @description Sort direction, `ASC` or `DESC`. */
                sortOrder?: components["parameters"]["SortOrderQuery"];
                /** @description Only return volume groups in this lifecycle state. */
                lifecycleState?: components["parameters"]["VolumeGroupLifecycleStateQuery"];
            };
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of volume groups (a JSON array). */
            200: {
                headers: {
                    "opc-next-page": components["headers"]["OpcNextPage"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateVolumeGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Placement, source and naming of the new volume group. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeGroupDetails"];
            };
        };
        responses: {
            /** @description The volume group was accepted and is being provisioned. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    GetVolumeGroup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group. */
                volumeGroupId: components["parameters"]["VolumeGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume group. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateVolumeGroup: {
        parameters: {
            query?: {
                /**
                 * @description Whether the block volume replicas of member volumes are kept when the update changes the
                 *     group's replicas. Defaults to true.
                 */
                preserveVolumeReplica?: components["parameters"]["PreserveVolumeReplicaQuery"];
            };
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group. */
                volumeGroupId: components["parameters"]["VolumeGroupIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change; omitted fields keep their values. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVolumeGroupDetails"];
            };
        };
        responses: {
            /** @description The updated volume group. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteVolumeGroup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group. */
                volumeGroupId: components["parameters"]["VolumeGroupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion has started; there is no body. */
            204: {
                headers: {
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ChangeVolumeGroupCompartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume group. */
                volumeGroupId: components["parameters"]["VolumeGroupIdPath"];
            };
            cookie?: never;
        };
        /** @description The destination compartment. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeVolumeGroupCompartmentDetails"];
            };
        };
        responses: {
            /** @description The volume group was moved; there is no body. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListVolumes: {
        parameters: {
            query?: {
                /** @description Only return resources in this availability domain, for example `Uocm:PHX-AD-1`. */
                availabilityDomain?: components["parameters"]["AvailabilityDomainQuery"];
                /** @description OCID of the compartment to list; only resources in exactly this compartment are returned. */
                compartmentId?: components["parameters"]["CompartmentIdOptionalQuery"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["LimitQuery"];
                /** @description Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one. */
                page?: components["parameters"]["PageQuery"];
                /** @description Only return resources whose display name is exactly this value (case-sensitive). */
                displayName?: components["parameters"]["DisplayNameQuery"];
                /**
                 * @description Field to order by; only one at a time. `TIMECREATED` sorts newest first by default,
                 *     `DISPLAYNAME` sorts alphabetically (case-sensitive) by default.
                 */
                sortBy?: components["parameters"]["SortByQuery"];
                /** @description Sort direction, `ASC` or `DESC`. */
                sortOrder?: components["parameters"]["SortOrderQuery"];
                /** @description Only return resources that belong to this volume group (OCID). */
                volumeGroupId?: components["parameters"]["VolumeGroupIdQuery"];
                /** @description Only return volumes in this cluster placement group (OCID). */
                clusterPlacementGroupId?: components["parameters"]["ClusterPlacementGroupIdQuery"];
                /** @description Only return volumes in this lifecycle state. */
                lifecycleState?: components["parameters"]["VolumeLifecycleStateQuery"];
            };
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of volumes (a JSON array). */
            200: {
                headers: {
                    "opc-next-page": components["headers"]["OpcNextPage"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volume"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Placement, size, performance and source of the new volume. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeDetails"];
            };
        };
        responses: {
            /** @description The volume was accepted and is being provisioned. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volume"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    GetVolume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the block volume. */
                volumeId: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volume"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the block volume. */
                volumeId: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change; omitted fields keep their values. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVolumeDetails"];
            };
        };
        responses: {
            /** @description The updated volume. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volume"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteVolume: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the block volume. */
                volumeId: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion has started; there is no body. */
            204: {
                headers: {
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListVolumeBackups: {
        parameters: {
            query: {
                /** @description OCID of the compartment to list; only resources in exactly this compartment are returned. */
                compartmentId: components["parameters"]["CompartmentIdQuery"];
                /** @description Only return backups of this volume (OCID). */
                volumeId?: components["parameters"]["VolumeIdQuery"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["LimitQuery"];
                /** @description Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one. */
                page?: components["parameters"]["PageQuery"];
                /** @description Only return resources whose display name is exactly this value (case-sensitive). */
                displayName?: components["parameters"]["DisplayNameQuery"];
                /** @description Only return backups that were copied from this volume backup (OCID). */
                sourceVolumeBackupId?: components["parameters"]["SourceVolumeBackupIdQuery"];
                /**
                 * @description Field to order by; only one at a time. `TIMECREATED` sorts newest first by default,
                 *     `DISPLAYNAME` sorts alphabetically (case-sensitive) by default.
                 */
                sortBy?: components["parameters"]["SortByQuery"];
                /** @description Sort direction, `ASC` or `DESC`. */
                sortOrder?: components["parameters"]["SortOrderQuery"];
                /** @description Only return volume backups in this lifecycle state. */
                lifecycleState?: components["parameters"]["VolumeBackupLifecycleStateQuery"];
            };
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of volume backups (a JSON array). */
            200: {
                headers: {
                    "opc-next-page": components["headers"]["OpcNextPage"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateVolumeBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The volume to back up, and the name, type and tags of the backup. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeBackupDetails"];
            };
        };
        responses: {
            /** @description The backup was accepted; it is being created. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    GetVolumeBackup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volume backup. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateVolumeBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change; omitted fields keep their values. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVolumeBackupDetails"];
            };
        };
        responses: {
            /** @description The updated volume backup. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteVolumeBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deletion has started; there is no body. */
            204: {
                headers: {
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CopyVolumeBackup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        /** @description Where to copy the backup, and how to name and encrypt the copy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyVolumeBackupDetails"];
            };
        };
        responses: {
            /** @description The copy was accepted; the body describes the new backup. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ChangeVolumeBackupCompartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the volume backup. */
                volumeBackupId: components["parameters"]["VolumeBackupIdPath"];
            };
            cookie?: never;
        };
        /** @description The destination compartment. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeVolumeBackupCompartmentDetails"];
            };
        };
        responses: {
            /** @description The volume backup was moved; there is no body. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ChangeVolumeCompartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path: {
                /** @description OCID of the block volume. */
                volumeId: components["parameters"]["VolumeIdPath"];
            };
            cookie?: never;
        };
        /** @description The destination compartment. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeVolumeCompartmentDetails"];
            };
        };
        responses: {
            /** @description The volume was moved; there is no body. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    ListVolumeBackupPolicies: {
        parameters: {
            query?: {
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["LimitQuery"];
                /** @description Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one. */
                page?: components["parameters"]["PageQuery"];
                /**
                 * @description OCID of the compartment whose user-defined policies to list; without it the Oracle-defined
                 *     policies are listed.
                 */
                compartmentId?: components["parameters"]["PolicyCompartmentIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of backup policies (a JSON array). */
            200: {
                headers: {
                    "opc-next-page": components["headers"]["OpcNextPage"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackupPolicy"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateVolumeBackupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Compartment, name, schedules and optional copy region of the new policy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeBackupPolicyDetails"];
            };
        };
        responses: {
            /** @description The policy was created. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackupPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    GetVolumeBackupPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the backup policy. */
                policyId: components["parameters"]["PolicyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup policy. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackupPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    UpdateVolumeBackupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
                /**
                 * @description Idempotency key chosen by the caller. Repeating a request with the same token (after a
                 *     timeout or a server error) returns the original result instead of acting twice; reusing a
                 *     token with a different request is a conflict. Tokens are remembered for 24 hours.
                 */
                "opc-retry-token"?: components["parameters"]["OpcRetryTokenHeader"];
            };
            path: {
                /** @description OCID of the backup policy. */
                policyId: components["parameters"]["PolicyIdPath"];
            };
            cookie?: never;
        };
        /** @description The fields to change; omitted fields keep their values. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVolumeBackupPolicyDetails"];
            };
        };
        responses: {
            /** @description The updated backup policy. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackupPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteVolumeBackupPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Caller-chosen id for this request, echoed back for tracing and support cases. */
                "opc-request-id"?: components["parameters"]["OpcRequestIdHeader"];
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                /** @description OCID of the backup policy. */
                policyId: components["parameters"]["PolicyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy was deleted; there is no body. */
            204: {
                headers: {
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    GetVolumeBackupPolicyAssetAssignment: {
        parameters: {
            query: {
                /** @description OCID of the volume or volume group whose assignment to return. */
                assetId: components["parameters"]["AssetIdQuery"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["LimitQuery"];
                /** @description Opaque cursor; pass the `opc-next-page` header of the previous page to get the next one. */
                page?: components["parameters"]["PageQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset's assignment, if any (a JSON array of zero or one item). */
            200: {
                headers: {
                    "opc-next-page": components["headers"]["OpcNextPage"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackupPolicyAssignment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    CreateVolumeBackupPolicyAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The asset and the policy to assign to it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeBackupPolicyAssignmentDetails"];
            };
        };
        responses: {
            /** @description The policy is assigned. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackupPolicyAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    GetVolumeBackupPolicyAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description OCID of the backup policy assignment. */
                policyAssignmentId: components["parameters"]["PolicyAssignmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment. */
            200: {
                headers: {
                    etag: components["headers"]["Etag"];
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolumeBackupPolicyAssignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
    DeleteVolumeBackupPolicyAssignment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optimistic concurrency guard: the `etag` of the version you read. The change is applied only
                 *     if the resource still has that etag; otherwise the call fails with 412.
                 */
                "if-match"?: components["parameters"]["IfMatchHeader"];
            };
            path: {
                /** @description OCID of the backup policy assignment. */
                policyAssignmentId: components["parameters"]["PolicyAssignmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assignment was removed; there is no body. */
            204: {
                headers: {
                    "opc-request-id": components["headers"]["OpcRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            default: components["responses"]["UnexpectedError"];
        };
    };
}
