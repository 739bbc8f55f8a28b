/** Methods whose body is covered by the signature (content-length, content-type, x-content-sha256). @internal */
export function isBodyMethod(method: string): boolean {
  switch (method) {
    case "POST":
    case "PUT":
    case "PATCH":
    case "post":
    case "put":
    case "patch":
      return true;
    default: {
      const upper = method.toUpperCase();
      return upper === "POST" || upper === "PUT" || upper === "PATCH";
    }
  }
}

/** Headers every request must sign besides `date`/`x-date`. @internal */
export const BASE_SIGNED_HEADERS = ["(request-target)", "host"] as const;

/** Extra headers that body methods must sign. @internal */
export const BODY_SIGNED_HEADERS = ["content-length", "content-type", "x-content-sha256"] as const;

/** SHA-256 of an empty body, base64 — what OCI expects for POST/PUT/PATCH without a body. @internal */
export const EMPTY_BODY_SHA256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

/** A headers="…" list the signer emits: the parameter's text and its names. @internal */
export interface SignedList {
  readonly header: string;
  readonly names: readonly string[];
}

function signedList(header: string): SignedList {
  return { header, names: Object.freeze(header.split(" ")) };
}

// The headers="…" lists the signer emits, in the order the Go/Python SDKs and Oracle's vectors use.
/** @internal */
export const SIGNED_LIST = {
  date: signedList("date (request-target) host"),
  "x-date": signedList("x-date (request-target) host"),
  dateBody: signedList("date (request-target) host content-length content-type x-content-sha256"),
  "x-dateBody": signedList("x-date (request-target) host content-length content-type x-content-sha256"),
} as const;
