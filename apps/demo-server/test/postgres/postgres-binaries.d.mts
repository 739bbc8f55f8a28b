/** A system user's ids. */
export interface UserIds {
  uid: number;
  gid: number;
}

export declare function nativeFolder(): string;
export declare function hydrateSymlinks(native: string): Promise<void>;
export declare function postgresUser(): Promise<UserIds>;
export declare function runnableBy(native: string, user: UserIds | undefined): boolean;
export declare function runnableBinaries(user: UserIds | undefined, native?: string): Promise<{ native: string; copy: string | undefined }>;
