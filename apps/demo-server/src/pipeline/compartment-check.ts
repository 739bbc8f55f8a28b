import type { ApiContext, ApiServices } from "../handlers/api-context.js";
import { checkCompartment } from "../model/compartments.js";

/** Operations that name a compartment to create in, list or move to (OCI checks these; reads by id do not). */
const NAMES_A_COMPARTMENT = /^(Create|List|Change)/;

/**
 * Part of stage 7 (dispatch), before the operation runs: the compartment a create, list or move names
 * (`compartmentId` in the query or the body) must be one the caller may use (see `checkCompartment`).
 * The service identity's own calls (copy deliveries) were checked in their source region.
 */
export async function checkNamedCompartments(services: ApiServices, ctx: ApiContext): Promise<void> {
  if (ctx.principal.service || !NAMES_A_COMPARTMENT.test(ctx.operationId)) return;
  const fromQuery = ctx.query.compartmentId;
  if (typeof fromQuery === "string") await checkCompartment(services.store, services.compartments, ctx.caller, fromQuery, "compartmentId");
  const fromBody = (ctx.body as { compartmentId?: unknown } | undefined)?.compartmentId;
  if (typeof fromBody === "string") await checkCompartment(services.store, services.compartments, ctx.caller, fromBody, "compartmentId");
}
