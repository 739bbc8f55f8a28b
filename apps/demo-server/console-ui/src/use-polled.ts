import { useEffect, useState } from "preact/hooks";

/** Polling interval of views, so lifecycle changes show without a reload. */
export const REFRESH_MS = 2000;

/**
 * Loads a value now and every {@link REFRESH_MS} while the component shows `key`; a new key starts
 * afresh. Nothing is loaded while `enabled` is false.
 */
export function usePolled<T>(load: () => Promise<T>, key: string, enabled = true): { value: T | undefined; error: string | undefined } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    setValue(undefined);
    setError(undefined);
    const run = () =>
      load()
        .then((v) => live && (setValue(v), setError(undefined)))
        .catch((e: Error) => live && setError(e.message));
    void run();
    const timer = setInterval(run, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [key, enabled]);
  return { value, error };
}
