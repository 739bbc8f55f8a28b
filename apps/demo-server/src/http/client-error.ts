import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";

/** The OCI-shaped answer to a request node:http could not parse or that timed out. */
export interface ClientErrorAnswer {
  status: number;
  code: string;
  message: string;
}

/**
 * Maps a node:http parser or timeout error to the answer the client gets; undefined when there is
 * nobody to answer (the client already hung up).
 */
export function clientErrorAnswer(error: NodeJS.ErrnoException): ClientErrorAnswer | undefined {
  switch (error.code) {
    case "ECONNRESET":
    case "EPIPE":
      return undefined;
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        code: "RequestHeaderFieldsTooLarge",
        message: "The request headers are larger than the server accepts (16 KiB in total). Send fewer or shorter headers.",
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return {
        status: 408,
        code: "RequestTimeout",
        message: "The request was not received completely within the server's request timeout. Send the whole request without pausing.",
      };
    default:
      return {
        status: 400,
        code: "CannotParseRequest",
        message: `The request is not valid HTTP/1.1 (${String(error.code ?? "parse error")}). Check the request line, the headers and the body framing.`,
      };
  }
}

// node:http's own socket field: the response in flight on this socket, if any.
interface SocketWithResponse extends Socket {
  _httpMessage?: { headersSent?: boolean } | null;
}

/**
 * `server.on("clientError")` listener: answers malformed, oversized or timed-out requests with the same
 * `{code, message}` JSON as every other error (node:http would send a bare 400/408/431), then closes the
 * connection, as node:http does.
 */
export function onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const answer = clientErrorAnswer(error);
  const inFlight = (socket as SocketWithResponse)._httpMessage;
  // Only when no response has started on this socket: anything else would corrupt the stream.
  if (answer !== undefined && socket.writable && (inFlight == null || inFlight.headersSent !== true)) {
    const body = JSON.stringify({ code: answer.code, message: answer.message });
    socket.write(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? "Error"}\r\n` +
        "content-type: application/json\r\n" +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        "connection: close\r\n\r\n" +
        body,
    );
  }
  socket.destroy();
}
