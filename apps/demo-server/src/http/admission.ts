import type { Server } from "node:http";

/** Default of `maxConnections`: open client connections before new ones are answered 503. */
export const DEFAULT_MAX_CONNECTIONS = 512;
/** Default of `maxBufferedBodyBytes`: request bodies held in memory at once, all requests together. */
export const DEFAULT_MAX_BUFFERED_BODY_BYTES = 64 * 1024 * 1024;
/** Seconds a client is told to wait (`retry-after`) when a cap is reached. */
export const ADMISSION_RETRY_AFTER_S = 1;

/**
 * Bounds what clients can make the server hold: open connections, and body bytes buffered by
 * authenticated requests (bodies are read only after the signature verified). Past a cap the request
 * is answered 503 ServiceUnavailable with `retry-after` instead of being read.
 */
export class Admission {
  private connections = 0;
  private buffered = 0;

  constructor(
    readonly maxConnections = DEFAULT_MAX_CONNECTIONS,
    readonly maxBufferedBodyBytes = DEFAULT_MAX_BUFFERED_BODY_BYTES,
  ) {}

  /** Counts the server's open connections from now on. */
  watch(server: Server): void {
    server.on("connection", (socket) => {
      this.connections++;
      socket.once("close", () => {
        this.connections--;
      });
    });
  }

  /** True when the server holds more connections than it may: the request on one is refused. */
  overConnections(): boolean {
    return this.connections > this.maxConnections;
  }

  /** Reserves `bytes` of the body budget; false (nothing reserved) when they do not fit now. */
  reserve(bytes: number): boolean {
    // One request always fits in an empty budget, so a cap below the largest body cannot lock it out.
    if (this.buffered > 0 && this.buffered + bytes > this.maxBufferedBodyBytes) return false;
    this.buffered += bytes;
    return true;
  }

  release(bytes: number): void {
    this.buffered -= bytes;
  }

  /** Body bytes reserved right now (a diagnostic for tests). */
  get bufferedBytes(): number {
    return this.buffered;
  }
}
