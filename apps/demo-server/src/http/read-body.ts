import type { IncomingMessage } from "node:http";
import { ServiceError } from "../service-error.js";

/** Largest accepted request body. */
export const MAX_BODY_BYTES = 1024 * 1024;

const EMPTY = Buffer.alloc(0);

/** An empty body, shared. */
export const EMPTY_BODY = EMPTY;

/** True when the request announces a body (content-length or chunked transfer). */
export function hasBody(req: IncomingMessage): boolean {
  const declared = req.headers["content-length"];
  return (declared !== undefined && declared !== "0") || req.headers["transfer-encoding"] !== undefined;
}

/**
 * Body bytes to reserve for a request before reading it: its declared length, or the largest accepted
 * body when it is chunked (unknown length).
 */
export function bodyReservation(req: IncomingMessage): number {
  const declared = Number(req.headers["content-length"]);
  return Number.isInteger(declared) && declared >= 0 ? Math.min(declared, MAX_BODY_BYTES) : MAX_BODY_BYTES;
}

/** Rejects (413) a request whose declared length exceeds `limit`, before anything else is done with it. */
export function checkDeclaredLength(req: IncomingMessage, limit = MAX_BODY_BYTES): void {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
}

/** The client went away before its request body was complete: there is nobody to answer. */
export class ClientAbortedError extends Error {
  override readonly name = "ClientAbortedError";
  readonly code = "CLIENT_ABORTED";
  constructor() {
    super("The client closed the connection before sending the whole request body; nothing was done.");
  }
}

/**
 * Reads the whole body; rejects with 413 once it exceeds `limit` bytes, and with
 * {@link ClientAbortedError} when the client hangs up mid-body.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = req.headers["content-length"];
  if (!hasBody(req)) return Promise.resolve(EMPTY);
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!failed) resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    });
    const abort = () => {
      if (!failed) {
        failed = true;
        reject(new ClientAbortedError());
      }
    };
    // "error" (ECONNRESET "aborted") or, without data flowing, only "close" before "end".
    req.on("error", abort);
    req.on("close", () => {
      if (!req.complete) abort();
    });
  });
}

function tooLarge(limit: number): ServiceError {
  return new ServiceError(
    413,
    "RequestEntityTooLarge",
    `The request body is larger than ${limit} bytes. Send a smaller JSON document.`,
  );
}
