import type { Db } from "../store/sqlite/open-database.js";

/** Key/value settings kept in the state file (identity, secrets). */
export interface MetaStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createMetaStore(db: Db): MetaStore {
  const get = db.prepare<[string], { value: string }>("SELECT value FROM meta WHERE key = ?");
  const set = db.prepare<[string, string]>(
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  );
  return {
    get: (key) => get.get(key)?.value,
    set: (key, value) => {
      set.run(key, value);
    },
  };
}
