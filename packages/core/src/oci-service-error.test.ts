import { describe, expect, it } from "vitest";
import { OciServiceError } from "./oci-service-error.js";
import { redactHeaders } from "./redact-headers.js";

const now = () => new Date("2026-11-27T10:00:00Z");

describe("OciServiceError.fromResponse", () => {
  it.each([
    ["OCI JSON body", 409, { code: "IncorrectState", message: "busy" }, "IncorrectState", "busy", true],
    [
      "JSON text body",
      400,
      '{"code":"InvalidParameter","message":"bad limit"}',
      "InvalidParameter",
      "bad limit",
      false,
    ],
    ["plain text from a proxy", 502, "upstream timed out", "Unknown", "upstream timed out", true],
    ["no body", 503, undefined, "Unknown", "Service Unavailable", true],
    ["409 Conflict", 409, { code: "Conflict", message: "token reused" }, "Conflict", "token reused", false],
  ])("%s", (_name, status, body, code, serviceMessage, retryable) => {
    const response = new Response(null, {
      status,
      statusText: status === 503 ? "Service Unavailable" : "",
      headers: { "opc-request-id": "RID" },
    });
    const error = OciServiceError.fromResponse(response, body, now);
    expect(error).toMatchObject({
      name: "OciServiceError",
      status,
      code,
      serviceMessage,
      opcRequestId: "RID",
      timestamp: "2026-11-27T10:00:00.000Z",
    });
    expect(error.retryable).toBe(retryable);
    expect(error.message).toContain(`${status} ${code}`);
    expect(error.message).toContain("RID");
  });
});

describe("redactHeaders", () => {
  it.each([
    ["authorization", 'Signature version="1",keyId="t/u/f",signature="abc"', "Signature [REDACTED]"],
    ["Authorization", "Bearer xyz", "Bearer [REDACTED]"],
    ["authorization", "opaque", "[REDACTED]"],
    ["opc-request-id", "RID", "RID"],
  ])("%s: %s → %s", (name, value, expected) => {
    expect(redactHeaders(new Headers({ [name]: value }))[name.toLowerCase()]).toBe(expected);
  });
});
