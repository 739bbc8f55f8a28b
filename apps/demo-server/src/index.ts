export {
  startDemoServer,
  DemoServerOptionsError,
  type DemoServer,
  type DemoServerOptions,
} from "./start-demo-server.js";
export type { LifecyclePolicy } from "./model/lifecycle.js";
export type { FaultPhase, FaultRule } from "./admin/fault-injector.js";
export { ServiceError } from "./service-error.js";
export type { RequestEvent, RequestObserver } from "./pipeline/request-event.js";
export type { ConsoleContext, ConsoleHandler } from "./pipeline/server-state.js";
export type { ListKey, ListPage, ListQuery, ResourceRow, ResourceType, Store, StoreReader, StoreTransaction, StoredResponse } from "./store/store.js";
export { createConsole, type DemoConsole } from "./console/create-console.js";
export type { ConsoleOptions } from "./console/console-options.js";
export type { ClockState, ConsoleClock } from "./console/console-deps.js";
