export type { paths, components, operations } from "./schema.js";
export type * from "./aliases.js";
export {
  operationIds,
  operationIdByRoute,
  operationLookupTable,
  routeByOperationId,
  retryTokenOperations,
  type OperationId,
  type OperationRoute,
} from "./operation-ids.js";
