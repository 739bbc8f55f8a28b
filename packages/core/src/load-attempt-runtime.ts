/** The lazily loaded signing and id functions (see attempt-runtime.ts). @internal */
export type AttemptRuntime = typeof import("./attempt-runtime.js");

let loading: Promise<AttemptRuntime> | undefined;
let loaded: AttemptRuntime | undefined;

/**
 * Loads attempt-runtime.ts once. Returns the module itself once it is loaded, so the hot path
 * skips an await.
 * @internal
 */
export function loadAttemptRuntime(): AttemptRuntime | Promise<AttemptRuntime> {
  if (loaded) return loaded;
  loading ??= import("./attempt-runtime.js").then((module) => (loaded = module));
  return loading;
}
