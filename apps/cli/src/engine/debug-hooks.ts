import { redactHeaders, type FetchHooks } from "@ocikit/core";
import type { CliIo } from "../types.js";

function headerLines(headers: Headers): string {
  return Object.entries(redactHeaders(headers))
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n");
}

// The hook may hand over a lightweight request (headers only), so method and URL are optional here.
function describe(request: Partial<Pick<Request, "method" | "url">>, response?: Response): string {
  const url = request.url ?? response?.url;
  return `${request.method ? ` ${request.method}` : ""}${url ? ` ${url}` : ""}`;
}

/**
 * `--debug`: one block per attempt and per response on stderr. The signature is redacted entirely (the
 * keyId too: it names the tenancy and user); bodies are not printed, so no key material or secret can leak.
 */
export function debugHooks(io: Pick<CliIo, "stderr" | "now">): FetchHooks {
  return {
    onAttempt(request, attempt) {
      io.stderr.write(`DEBUG: request (attempt ${attempt})${describe(request)}\n${headerLines(request.headers)}\n`);
    },
    onResponse(response, request) {
      io.stderr.write(`DEBUG: response ${response.status} ${response.statusText}${describe(request, response)}\n${headerLines(response.headers)}\n`);
    },
  };
}
