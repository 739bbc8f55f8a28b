import type { LifecyclePolicy } from "./lifecycle.js";

/** Who acts, where and when: what every model operation needs to know about its call (no HTTP). */
export interface Caller {
  /** The tenancy the call acts for. */
  tenancyId: string;
  /** The region addressed, and its key (`iad`) for new OCIDs. */
  region: string;
  regionKey: string;
  /** Server time of the call, in ms. */
  nowMs: number;
  /** How fast resources leave transitional states. */
  lifecycle: LifecyclePolicy;
}
