import type { RequestEvent, RequestObserver } from "../pipeline/request-event.js";
import { redactHeaders, redactKeyId } from "./redact.js";

/** A request event with its position in the log (for `after=` polling and SSE `Last-Event-ID`). */
export interface LoggedRequest extends RequestEvent {
  seq: number;
}

/** Default number of requests the log keeps. */
export const REQUEST_LOG_CAPACITY = 5000;

/**
 * The last requests the server answered, in a fixed-size ring (oldest dropped first), with live
 * subscribers. Cheap on the request path: one object stored per request, nothing serialised.
 */
export class RequestLog {
  private readonly ring: (LoggedRequest | undefined)[];
  private next = 1;
  private readonly listeners = new Set<(event: LoggedRequest) => void>();

  constructor(readonly capacity = REQUEST_LOG_CAPACITY) {
    this.ring = new Array(capacity);
  }

  /** The observer to hand to the server. */
  readonly observe: RequestObserver = (event) => {
    const logged = event as LoggedRequest;
    // What the console shows never holds a secret whole, whoever built the event.
    if (logged.keyId !== undefined && logged.keyId.startsWith("ST$")) logged.keyId = redactKeyId(logged.keyId);
    if (logged.authFailure !== undefined) logged.authFailure.headers = redactHeaders(logged.authFailure.headers);
    logged.seq = this.next;
    this.ring[this.next % this.capacity] = logged;
    this.next++;
    for (const listener of this.listeners) listener(logged);
  };

  /** Events with `seq` > `after`, oldest first (at most the capacity). */
  since(after = 0): LoggedRequest[] {
    const first = Math.max(after + 1, this.next - this.capacity, 1);
    const out: LoggedRequest[] = [];
    for (let seq = first; seq < this.next; seq++) out.push(this.ring[seq % this.capacity] as LoggedRequest);
    return out;
  }

  /** Calls `listener` for every new event until the returned function is called. */
  subscribe(listener: (event: LoggedRequest) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
