import { isBodyMethod } from "./signed-headers.js";
import { signSplit } from "./sign-core.js";
import { splitSerializedUrl } from "./split-serialized-url.js";
import type { SignOptions } from "./sign-request-parts.js";
import { SigningError } from "./signing-error.js";
import type { SigningKey } from "./signing-key.js";

/**
 * Signs a request the way OCI expects (signature version 1, rsa-sha256) and returns a NEW `Request`
 * carrying `date` (unless the request already has `date` or `x-date`, which is then kept and signed,
 * `x-date` first), `host`, for POST/PUT/PATCH `content-length`, `content-type` (default
 * `application/json`) and `x-content-sha256`, and finally `authorization`. The input request's body is
 * consumed; its other properties (abort signal included) carry over.
 *
 * With a fixed `now` (or a `date` header) the result is deterministic and reproduces Oracle's published
 * test vectors byte for byte.
 *
 * @throws {@link SigningError} when the body cannot be read (already used, or a failing stream), or the
 * keyId is unusable.
 * @throws {@link KeyError} when `key.privateKey` is a PEM string that cannot be parsed.
 * @public
 */
export async function signRequest(request: Request, key: SigningKey, options?: SignOptions): Promise<Request> {
  const method = request.method;
  const withBody = isBodyMethod(method);
  let body: ArrayBuffer | undefined;
  if (withBody) {
    if (request.bodyUsed) {
      throw new SigningError(
        "BODY_ALREADY_USED",
        "Cannot sign the request: its body was already read. Sign a fresh Request (or a clone made before " +
          "reading the body).",
      );
    }
    if (request.body !== null) {
      try {
        body = await request.arrayBuffer();
      } catch (cause) {
        throw new SigningError(
          "UNSIGNABLE_BODY",
          "Cannot sign the request: reading its body failed. OCI signs a hash of the whole body, so pass a " +
            "body that can be read once in full (string, ArrayBuffer, Uint8Array, Blob or a working stream).",
          { cause },
        );
      }
    }
  }

  const original = request.headers;
  const url = request.url;
  const { host, target } = splitSerializedUrl(url);
  const added = signSplit(
    method,
    host,
    target,
    (name) => original.get(name),
    body === undefined ? undefined : new Uint8Array(body),
    key,
    options?.now,
  );

  // The body was read above: hand the same bytes to the new request instead of copying them again.
  // The copy keeps the method, so the init does not repeat it; for methods without a signed body no
  // init is given at all, which leaves every other setting of the original as it was. Headers are
  // written onto the new request rather than into a Headers object first, which would validate every
  // header twice.
  const signed =
    body !== undefined ? new Request(request, { body }) : new Request(request, withBody ? { body: null } : undefined);
  const headers = signed.headers;
  for (const name in added) headers.set(name, added[name] as string);
  return signed;
}
