import { backoffDelay, parseRetryAfter } from "./backoff.js";
import { OciNetworkError } from "./oci-network-error.js";
import { createKeyResolver, type AuthOption } from "./resolve-auth.js";
import { rememberRequestContext } from "./response-context.js";
import { isReplaySafe, isRetryableNetworkError, isRetryableResponse } from "./retry-decision.js";
import { loadAttemptRuntime, type AttemptRuntime } from "./load-attempt-runtime.js";
import { toOutgoing, type OutgoingRequest } from "./outgoing-request.js";
import { resolveRetryOptions, type RetryOptions } from "./retry-options.js";
import { defaultSleep, type Sleep } from "./sleep.js";
import { defaultUserAgent } from "./user-agent.js";

/** Observers of each attempt, e.g. for a `--debug` log. Redact headers before printing. @public */
export interface FetchHooks {
  /** Called with the signed request just before it is sent. */
  onAttempt?(request: Request, attempt: number): void;
  /** Called with every response, including those that will be retried. */
  onResponse?(response: Response, request: Request, attempt: number): void;
}

/**
 * The transport under the signed fetch, called like `fetch(url, init)` once per attempt with the
 * signed headers and the buffered body; `globalThis.fetch` fits.
 * @public
 */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createSignedFetch}. @public */
export interface SignedFetchOptions {
  auth: AuthOption;
  /** Retry policy; `false` sends each request once. Default: 8 attempts, 1 s base, 30 s cap. */
  retry?: RetryOptions | false | undefined;
  /** Transport. Default: `globalThis.fetch`, looked up per call. */
  fetch?: Transport | undefined;
  /** Clock for the signed `date` and `retry-after` dates. */
  now?: (() => Date) | undefined;
  /** Waits between attempts. */
  sleep?: Sleep | undefined;
  /** Uniform [0, 1) source for backoff jitter. */
  random?: (() => number) | undefined;
  /** `User-Agent` for requests that have none. */
  userAgent?: string | undefined;
  hooks?: FetchHooks | undefined;
}

/** A `fetch`-compatible function that signs, identifies and retries. @public */
export type SignedFetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/**
 * Creates a `fetch` that signs every attempt for OCI and retries transient failures.
 *
 * Per logical call: the body is buffered once; `opc-request-id` is added when absent and
 * kept for every attempt; operations that declare `opc-retry-token` (Create*, Copy*) get one
 * token reused across attempts. Per attempt: a fresh `date`, a new signature,
 * `opc-client-retries: true` from the second attempt on.
 *
 * Retried: 429 and 409 IncorrectState for every request (OCI refused the action); 500, 502,
 * 503, 504 and network errors only when a second delivery is harmless (GET, HEAD, PUT, DELETE,
 * or a request with a retry token) — a POST without a token is retried after an error only if
 * the connection was never made. Waits use full-jitter exponential backoff, or the server's
 * `retry-after`; a `retry-after` longer than `maxDelayMs` ends the retries and returns that response.
 *
 * Responses come back as they are (non-2xx included); only a call with no response at all
 * rejects, with {@link OciNetworkError}, or with the abort reason when the signal aborts.
 * @public
 */
export function createSignedFetch(options: SignedFetchOptions): SignedFetch {
  const send = createSender(options);
  return async (input, init) => send(await toOutgoing(input, init));
}

/**
 * The retry loop of {@link createSignedFetch}, for callers that already hold an
 * {@link OutgoingRequest}.
 * @internal
 */
export function createSender(options: SignedFetchOptions): (outgoing: OutgoingRequest) => Promise<Response> {
  const retry = resolveRetryOptions(options.retry);
  const getKey = createKeyResolver(options.auth);
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const userAgent = options.userAgent ?? defaultUserAgent();
  const hooks = options.hooks;
  const transport: Transport = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  // Sequential calls often hit the same URL (creates, polls): parse it and match its operation once.
  // The URL object is only read, never changed.
  let lastUrl = "";
  let lastMethod = "";
  let lastTarget: URL | undefined;
  let lastOperation: ReturnType<AttemptRuntime["lookupOperation"]>;

  return async function send(outgoing) {
    const { method, url, signal, redirect, body, sendBody } = outgoing;
    // Plain lower-case records: cheaper to copy and fill per attempt than Headers.
    const headers: Record<string, string> = {};
    for (const [name, value] of outgoing.headers) headers[name] = value;
    const runtime = loadAttemptRuntime();
    const { signAttempt, newRequestId, newRetryToken, lookupOperation } =
      runtime instanceof Promise ? await runtime : runtime;
    if (url !== lastUrl || method !== lastMethod || lastTarget === undefined) {
      lastTarget = new URL(url);
      lastOperation = lookupOperation(method, url);
      lastUrl = url;
      lastMethod = method;
    }
    const target = lastTarget;
    const operation = lastOperation;
    headers["opc-request-id"] ??= newRequestId();
    const opcRequestId = headers["opc-request-id"];
    if (operation?.retryToken) headers["opc-retry-token"] ??= newRetryToken();
    headers["user-agent"] ??= userAgent;
    const replaySafe = isReplaySafe(method, headers);
    const pendingKey = getKey();
    const key = pendingKey instanceof Promise ? await pendingKey : pendingKey;

    for (let attempt = 1; ; attempt++) {
      if (attempt === 2) {
        headers["opc-client-retries"] = "true";
        // A caller-fixed date would make every retry carry a stale signature.
        delete headers.date;
        delete headers["x-date"];
      }
      const attemptHeaders = { ...headers };
      signAttempt(method, target, attemptHeaders, body, key, now);
      // A Request costs as much as the signature; build one only for observers.
      const request = hooks
        ? new Request(url, { method, headers: attemptHeaders, body, signal: signal ?? null, redirect })
        : undefined;
      if (request) hooks?.onAttempt?.(request, attempt);

      let response: Response;
      try {
        const init: RequestInit = { method, headers: attemptHeaders, body: sendBody };
        if (signal) init.signal = signal;
        if (redirect !== "follow") init.redirect = redirect;
        response = await transport(url, init);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (attempt >= retry.maxAttempts || !isRetryableNetworkError(error, replaySafe)) {
          throw new OciNetworkError({
            method,
            url,
            operation: operation?.operationId,
            opcRequestId,
            attempts: attempt,
            cause: error,
          });
        }
        await sleep(backoffDelay(attempt, retry, random), signal);
        if (signal?.aborted) throw signal.reason;
        continue;
      }
      if (request) hooks?.onResponse?.(response, request, attempt);

      if (response.status >= 400 && attempt < retry.maxAttempts && (await isRetryableResponse(response, replaySafe))) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now);
        if (retryAfter === undefined || retryAfter <= retry.maxDelayMs) {
          // Read the abandoned body so the keep-alive connection can be reused.
          await response.arrayBuffer().catch(() => undefined);
          await sleep(retryAfter ?? backoffDelay(attempt, retry, random), signal);
          if (signal?.aborted) throw signal.reason;
          continue;
        }
      }
      rememberRequestContext(response, {
        method,
        url,
        operation: operation?.operationId,
        opcRequestId,
        attempts: attempt,
        headers: attemptHeaders,
      });
      return response;
    }
  };
}
