/**
 * What openapi-fetch builds for a call when no middleware will look at it: URL, method, headers
 * and the serialized body, without the body stream a real `Request` allocates (a `Request` plus
 * reading its stream back costs a sizeable share of a signed call; bench/client.bench.mjs).
 * @internal
 */
export class PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | undefined;
  readonly redirect: RequestRedirect;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? undefined;
    this.redirect = init.redirect ?? "follow";
  }
}

/**
 * A stand-in for the `Request` constructor handed to openapi-fetch: a real `Request` while
 * middleware is registered (middleware is promised a real one), a {@link PlainRequest} otherwise.
 * @internal
 */
export function adaptiveRequestClass(middlewareActive: () => boolean): typeof Request {
  function AdaptiveRequest(url: string, init?: RequestInit): Request | PlainRequest {
    return middlewareActive() ? new Request(url, init) : new PlainRequest(url, init);
  }
  // openapi-fetch checks middleware results with `instanceof` against this constructor.
  AdaptiveRequest.prototype = Request.prototype;
  return AdaptiveRequest as unknown as typeof Request;
}
