// Issue 12, item 6 (server side): what node:http answers by itself gets OCI's JSON too, list filters on
// lifecycleState match case-insensitively, as in OCI, and the signed host must name this server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "./demo-fixture.js";
import { rawExchange, signedRawRequest } from "./raw-http.js";

describe("protocol edges", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.close());

  it.each([
    ["no Host header (HTTP/1.1)", 400, "MissingParameter", "GET /20160918/volumes HTTP/1.1\r\nconnection: close\r\n\r\n", "Host"],
    [
      "Expect other than 100-continue",
      417,
      "ExpectationFailed",
      "GET /20160918/volumes HTTP/1.1\r\nhost: 127.0.0.1\r\nexpect: 200-ok\r\nconnection: close\r\n\r\n",
      "100-continue",
    ],
  ])("%s → %i %s as JSON", async (_name, status, code, bytes, says) => {
    const res = await rawExchange(f.server.port, [bytes]);
    expect(res.status).toBe(status);
    expect(res.headers["content-type"]).toBe("application/json");
    expect(res.headers["opc-request-id"]).toMatch(/^[0-9A-F]{32}$/);
    const body = JSON.parse(res.body) as { code: string; message: string };
    expect(body.code).toBe(code);
    expect(body.message).toContain(says);
  });

  it("HTTP/1.0 without Host is still served (Host is an HTTP/1.1 rule)", async () => {
    const res = await rawExchange(f.server.port, ["GET /health HTTP/1.0\r\n\r\n"]);
    expect(res.status).toBe(200);
  });

  it.each(["AVAILABLE", "available", "Available"])("lifecycleState=%s filters case-insensitively", async (state) => {
    await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId });
    const res = await f.api("GET", `/volumes?compartmentId=${f.server.compartmentId}&lifecycleState=${state}`);
    expect(res.status).toBe(200);
    expect(res.data.length).toBeGreaterThan(0);
    for (const v of res.data as { lifecycleState: string }[]) expect(v.lifecycleState).toBe("AVAILABLE");
  });

  describe("the signed host is compared with the server's authority", () => {
    const list = (port: number, host: string, key = f.key) =>
      rawExchange(port, [signedRawRequest(host, key, { method: "GET", target: `/20160918/volumes?compartmentId=${f.server.compartmentId}` })]);

    it.each([
      ["the listening address", (p: number) => `127.0.0.1:${p}`, 200],
      ["localhost", (p: number) => `localhost:${p}`, 200],
      ["localhost in capitals", (p: number) => `LOCALHOST:${p}`, 200],
      ["IPv6 loopback", (p: number) => `[::1]:${p}`, 200],
      ["another port", (p: number) => `127.0.0.1:${p + 1}`, 401],
      ["no port (80)", () => "127.0.0.1", 401],
      ["another host", (p: number) => `ocikit.example:${p}`, 401],
    ])("%s → %i", async (_name, host, status) => {
      const res = await list(f.server.port, host(f.server.port));
      expect(res.status).toBe(status);
      if (status === 401) {
        expect(JSON.parse(res.body)).toMatchObject({ code: "NotAuthenticated" });
        expect(res.body).toContain("signed host");
      }
    });

    it("--allowed-host adds an authority (a proxy's); bound to 0.0.0.0 without it, any host", async () => {
      const proxied = await startFixture({ allowedHosts: ["Proxy.example:8443"] });
      const everywhere = await startFixture({ host: "0.0.0.0" });
      try {
        expect((await list(proxied.server.port, "proxy.example:8443", proxied.key)).status).toBe(200);
        expect((await list(proxied.server.port, `127.0.0.1:${proxied.server.port}`, proxied.key)).status).toBe(200);
        expect((await list(proxied.server.port, "other.example:8443", proxied.key)).status).toBe(401);
        expect((await list(everywhere.server.port, "ocikit.example", everywhere.key)).status).toBe(200);
      } finally {
        await proxied.close();
        await everywhere.close();
      }
    });
  });
});
