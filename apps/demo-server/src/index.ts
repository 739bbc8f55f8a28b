export {
  startDemoServer,
  DemoServerOptionsError,
  type DemoServer,
  type DemoServerOptions,
} from "./start-demo-server.js";
export type { LifecyclePolicy } from "./lifecycle.js";
export type { FaultPhase, FaultRule } from "./admin/fault-injector.js";
export { ServiceError } from "./service-error.js";
export type { RequestEvent, RequestObserver } from "./pipeline/request-event.js";
