/**
 * An OCI-shaped API error: HTTP status plus `{ code, message }` body. Handlers throw it; the request
 * dispatcher turns it into the response.
 */
export class ServiceError extends Error {
  override readonly name = "ServiceError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const NOT_FOUND_MESSAGE = "Authorization failed or requested resource not found.";

/** 404 NotAuthorizedOrNotFound: OCI answers the same whether the resource is missing or not yours. */
export function notFound(what?: string): ServiceError {
  return new ServiceError(
    404,
    "NotAuthorizedOrNotFound",
    what === undefined ? NOT_FOUND_MESSAGE : `${NOT_FOUND_MESSAGE} (${what}) Check the OCID and the region.`,
  );
}

/** 400 InvalidParameter naming the offending field. */
export function invalidParameter(field: string, problem: string): ServiceError {
  return new ServiceError(400, "InvalidParameter", `Invalid value for '${field}': ${problem}`);
}

/** 400 MissingParameter naming the missing field. */
export function missingParameter(field: string, where = "request"): ServiceError {
  return new ServiceError(400, "MissingParameter", `The ${where} is missing the required parameter '${field}'.`);
}

/** 409 IncorrectState: the resource is not in a state that allows the operation. */
export function incorrectState(message: string): ServiceError {
  return new ServiceError(409, "IncorrectState", message);
}
