import { ADMISSION_RETRY_AFTER_S } from "../http/admission.js";
import { errorAnswer, type Answer } from "./answer.js";

/** 503 ServiceUnavailable with `retry-after`: the server holds as much as its caps allow (see Admission). */
export function overCapacity(what: string): Answer {
  return errorAnswer(
    503,
    "ServiceUnavailable",
    `The demo server is at its limit of ${what}; retry after ${ADMISSION_RETRY_AFTER_S} s.`,
    { "retry-after": String(ADMISSION_RETRY_AFTER_S) },
  );
}
