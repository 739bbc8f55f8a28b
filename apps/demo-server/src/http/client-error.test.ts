import { describe, expect, it } from "vitest";
import { clientErrorAnswer } from "./client-error.js";

const error = (code: string) => Object.assign(new Error(code), { code });

describe("clientErrorAnswer", () => {
  it.each([
    ["HPE_HEADER_OVERFLOW", 431, "RequestHeaderFieldsTooLarge"],
    ["ERR_HTTP_REQUEST_TIMEOUT", 408, "RequestTimeout"],
    ["HPE_INVALID_METHOD", 400, "CannotParseRequest"],
    ["HPE_UNEXPECTED_CONTENT_LENGTH", 400, "CannotParseRequest"],
  ])("%s → %i %s", (code, status, answerCode) => {
    expect(clientErrorAnswer(error(code))).toMatchObject({ status, code: answerCode, message: expect.any(String) });
  });

  it.each(["ECONNRESET", "EPIPE"])("%s → no answer (the client is gone)", (code) => {
    expect(clientErrorAnswer(error(code))).toBeUndefined();
  });
});
