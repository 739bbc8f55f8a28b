// The console in a real Chromium (playwright-core): sign-in, resources created through the API, a
// backup and its member volume backups, a 401's reason in the request log, fault rules, reset, the
// API reference, no serious or critical axe-core violation on any page, a screenshot of every view,
// and a page of another origin that cannot drive it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signRequest } from "@ocikit/signer";
import { loadSpec } from "@ocikit/spec";
import { startConsoleFixture, type ConsoleFixture } from "../console-fixture.js";
import { makeGroup } from "../demo-fixture.js";
import { launchChromium, preferredSource, sparticuzCacheDir, sparticuzExecutable } from "./chromium.js";

const SHOTS = fileURLToPath(new URL("../../test-output/console/", import.meta.url));
mkdirSync(SHOTS, { recursive: true });

let f: ConsoleFixture;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let console_: string;
let groupId = "";
let volumeIds: string[] = [];
const backupIds: string[] = [];
const source = preferredSource();

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** axe-core in the page; only serious and critical violations fail. */
async function seriousViolations(p: Page = page): Promise<string[]> {
  await p.evaluate(axe.source);
  const result = await p.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

async function open(path: string): Promise<void> {
  await page.goto(`${console_}${path}`);
}

beforeAll(async () => {
  f = await startConsoleFixture();
  console_ = `${f.server.url}/_ocikit/console`;
  ({ volumeIds, groupId } = await makeGroup(f, 2));
  for (const type of ["FULL", "INCREMENTAL"]) {
    const { data, error } = await f.api("POST", "/volumeGroupBackups", { volumeGroupId: groupId, compartmentId: f.server.compartmentId, type, displayName: `nightly-${type.toLowerCase()}` });
    if (data === undefined) throw new Error(`CreateVolumeGroupBackup failed: ${JSON.stringify(error)}`);
    backupIds.push(data.id);
  }
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await f?.close();
});

describe("the Chromium the tests drive", () => {
  it("is the one inside @sparticuz/chromium unless /usr/bin/chromium exists, and it runs", async () => {
    expect(["debian", "sparticuz"]).toContain(source);
    if (source === "sparticuz") expect(await sparticuzExecutable()).toBe(join(sparticuzCacheDir(), "chromium"));
    expect(browser.version()).toMatch(/^\d+\./);
  });

  it("the @sparticuz/chromium path works on its own (CI machines have no Debian chromium), unpacked inside the clone", async () => {
    const own = source === "sparticuz" ? browser : await launchChromium("sparticuz");
    const executable = await sparticuzExecutable();
    // Never /tmp/chromium (shared by every run on the machine) nor anything under HOME.
    expect(executable.startsWith(fileURLToPath(new URL("../../node_modules/.cache/", import.meta.url)))).toBe(true);
    const p = await own.newPage();
    await p.setContent("<button onclick=\"this.textContent='clicked'\">click me</button>");
    await p.click("button");
    expect(await p.textContent("button")).toBe("clicked");
    await p.close();
    if (own !== browser) await own.close();
  });
});

describe("signing in", () => {
  it("shows the sign-in page without a session, and signs in with the admin token", async () => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    const answer = await p.goto(`${console_}/volumes`);
    expect(answer?.status()).toBe(401);
    await expect(p.getByLabel("Admin token").isVisible()).resolves.toBe(true);
    expect(await seriousViolations(p)).toEqual([]);
    await p.screenshot({ path: `${SHOTS}login.png` });
    await p.getByLabel("Admin token").fill("not-the-token");
    await p.getByRole("button", { name: "Sign in" }).click();
    await p.getByRole("alert").waitFor();
    expect(await p.getByRole("alert").textContent()).toContain("not the admin token");
    await p.getByLabel("Admin token").fill(f.server.adminToken);
    await p.getByRole("button", { name: "Sign in" }).click();
    await p.getByRole("heading", { name: "Volumes", level: 1 }).waitFor();
    expect(new URL(p.url()).pathname).toBe("/_ocikit/console/volumes");
    await fresh.close();
  });

  it("?token= signs in with an HttpOnly SameSite=Strict cookie and leaves the address without the token", async () => {
    await page.goto(`${console_}/volume-groups?token=${f.server.adminToken}`);
    await page.getByRole("heading", { name: "Volume groups", level: 1 }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe("/_ocikit/console/volume-groups");
    expect(url.search).not.toContain("token");
    expect(page.url()).not.toContain(f.server.adminToken);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === "ocikit_console");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/_ocikit/" });
    expect(await page.evaluate(() => document.cookie)).toBe("");
    await page.getByRole("link", { name: "group", exact: true }).waitFor();
    expect(await seriousViolations()).toEqual([]);
    await shot("volume-groups");
  });
});

describe("views", () => {
  it("lists the volumes created through the API, and one created while the page is open", async () => {
    await open("/volumes");
    await page.getByRole("link", { name: "vol-0" }).waitFor();
    await page.getByRole("link", { name: "vol-1" }).waitFor();
    const { data } = await f.api("POST", "/volumes", { compartmentId: f.server.compartmentId, displayName: "created-while-open", sizeInGBs: 60 });
    volumeIds.push(data.id);
    await page.getByRole("link", { name: "created-while-open" }).waitFor({ timeout: 10_000 });
    expect(await seriousViolations()).toEqual([]);
    await shot("volumes");
  });

  it("the compartment picker switches the scope, and the address keeps it", async () => {
    const { data } = await f.api("POST", "/volumes", { compartmentId: f.server.tenancyId, displayName: "in-the-root-compartment", sizeInGBs: 50 });
    expect(data.compartmentId).toBe(f.server.tenancyId);
    await open("/volumes");
    await page.getByRole("link", { name: "vol-0" }).waitFor();
    expect(await page.getByRole("link", { name: "in-the-root-compartment" }).count()).toBe(0);
    await page.getByLabel("Compartment", { exact: true }).selectOption(f.server.tenancyId);
    await page.getByRole("link", { name: "in-the-root-compartment" }).waitFor();
    expect(await page.getByRole("link", { name: "vol-0" }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("compartment")).toBe(f.server.tenancyId);
    await page.reload();
    await page.getByRole("link", { name: "in-the-root-compartment" }).waitFor();
    expect(await page.getByLabel("Tenancy", { exact: true }).inputValue()).toBe(f.server.tenancyId);
  });

  it("filters and sorts a table", async () => {
    await open("/volumes");
    await page.getByRole("link", { name: "vol-0" }).waitFor();
    await page.getByLabel("Filter").fill("while-open");
    await page.getByText("1 of 3 rows").waitFor();
    expect(await page.getByRole("link", { name: "vol-0" }).count()).toBe(0);
    await page.getByLabel("Filter").fill("");
    await page.getByRole("button", { name: /^Size \(GB\)/ }).click();
    const names = await page.locator("tbody tr td:first-child").allTextContents();
    expect(names).toEqual(["vol-0", "created-while-open", "vol-1"]);
    expect(await page.locator("th[aria-sort='ascending']").textContent()).toContain("Size");
  });

  it("opens a volume group: members, backups and the backup timeline", async () => {
    await open("/volume-groups");
    await page.getByRole("link", { name: "group", exact: true }).click();
    await page.getByRole("heading", { name: "Member volumes" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/_ocikit/console/volume-groups/${groupId}`);
    await page.getByRole("img", { name: /Backup timeline: 2 backups/ }).waitFor();
    const drawn = await page.locator(".timeline canvas").evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext("2d") as CanvasRenderingContext2D;
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i + 3] as number) > 0 && (data[i + 2] as number) > (data[i] as number) + 40) coloured++;
      return coloured;
    });
    expect(drawn).toBeGreaterThan(500);
    expect(await page.getByRole("link", { name: "nightly-full" }).count()).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
    await shot("volume-group");
  });

  it("opens a backup and its member volume backups, its JSON as the API returns it with links", async () => {
    await open("/volume-group-backups");
    await page.getByRole("link", { name: "nightly-full" }).waitFor();
    expect(await seriousViolations()).toEqual([]);
    await shot("volume-group-backups");
    await page.getByRole("link", { name: "nightly-full" }).click();
    await page.getByRole("heading", { name: "Member volume backups" }).waitFor();
    const api = await f.api("GET", `/volumeGroupBackups/${backupIds[0]}`);
    const shown = JSON.parse((await page.locator("pre.json").textContent()) as string);
    expect(shown).toEqual(api.data);
    expect(Object.keys(shown)).toEqual(Object.keys(api.data));
    const members = page.locator(".related", { has: page.getByRole("heading", { name: "Member volume backups" }) }).locator("tbody tr");
    await expect.poll(() => members.count()).toBe(2);
    expect(await page.locator(`pre.json a[href='/_ocikit/console/volume-groups/${groupId}']`).count()).toBe(1);
    expect(await seriousViolations()).toEqual([]);
    await shot("volume-group-backup");
    const firstMember = api.data.volumeBackupIds[0] as string;
    await page.locator(`pre.json a[href='/_ocikit/console/volume-backups/${firstMember}']`).click();
    await page.getByText("Volume backup", { exact: true }).waitFor();
    const member = JSON.parse((await page.locator("pre.json").textContent()) as string);
    expect(member.id).toBe(firstMember);
    expect(volumeIds).toContain(member.volumeId);
    expect(await seriousViolations()).toEqual([]);
    await shot("volume-backup");
  });

  it("every view has its own address that opens directly", async () => {
    for (const [path, heading] of [
      ["", "Overview"],
      ["/volume-backups", "Volume backups"],
      ["/volume-backup-policies", "Backup policies"],
      [`/volumes/${volumeIds[0]}`, "vol-0"],
      ["/requests", "Requests"],
      ["/faults", "Faults and controls"],
    ] as const) {
      await open(path);
      await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
      expect(await seriousViolations(), path).toEqual([]);
      await shot(path === "" ? "overview" : (path.split("/")[1] as string) + (path.split("/").length > 2 ? "-one" : ""));
    }
  });
});

describe("the request log", () => {
  it("shows a badly signed request's reason, the computed signing string and the received headers, without the whole signature", async () => {
    const signed = await signRequest(new Request(`${f.server.url}/20160918/volumes?compartmentId=${f.server.compartmentId}`), f.key);
    // The query changes after signing: the signature no longer covers the request line.
    const tampered = new Request(`${f.server.url}/20160918/volumes?compartmentId=${f.server.compartmentId}&limit=5`, { headers: signed.headers });
    const answer = await fetch(tampered);
    expect(answer.status).toBe(401);
    const requestId = answer.headers.get("opc-request-id") as string;
    const signature = /signature="([^"]+)"/.exec(signed.headers.get("authorization") as string)?.[1] as string;

    await open("/requests?status=auth");
    await page.getByText(requestId).waitFor();
    await page.locator("tr", { hasText: requestId }).getByRole("button").click();
    const reason = page.getByTestId("auth-reason");
    await reason.waitFor();
    expect(await reason.textContent()).toContain("BAD_SIGNATURE");
    const signingString = await page.locator("pre.signing-string").textContent();
    expect(signingString).toContain(`(request-target): get /20160918/volumes?compartmentId=${f.server.compartmentId}&limit=5`);
    expect(signingString).toContain(`date: ${signed.headers.get("date")}`);
    const headers = page.locator("table.headers");
    expect(await headers.getByRole("row", { name: /^date / }).textContent()).toContain(signed.headers.get("date"));
    expect(await headers.getByRole("row", { name: /^authorization/ }).textContent()).toContain(`keyId="${f.key.keyId}"`);
    const content = await page.content();
    expect(content).not.toContain(signature);
    expect(content).not.toContain(signature.slice(0, 40));
    expect(new URL(page.url()).searchParams.get("id")).toBe(requestId);
    expect(await seriousViolations()).toEqual([]);
    await shot("requests-401");
  });

  it("is live: a request made while the page is open appears, with operation, status and caller", async () => {
    await open("/requests?status=all");
    await page.getByText("connected").waitFor();
    const res = await f.api("GET", `/volumeGroups/${groupId}`);
    const id = res.headers.get("opc-request-id") as string;
    const row = page.locator("tr", { hasText: id });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain("GetVolumeGroup");
    expect(await row.textContent()).toContain("200");
  });
});

describe("controls", () => {
  it("adds a fault rule that the server then applies, and removes it", async () => {
    await open("/faults");
    await page.getByLabel("Operation", { exact: true }).selectOption("GetVolume");
    await page.getByLabel("Status", { exact: true }).fill("503");
    await page.getByLabel("Code", { exact: true }).fill("ServiceUnavailable");
    await page.getByRole("button", { name: "Add rule" }).click();
    const remove = page.getByRole("button", { name: /^Remove fault rule \d+$/ });
    await remove.waitFor();
    const rules = (await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: { operation: string; status: number }[] };
    expect(rules.rules).toMatchObject([{ operation: "GetVolume", status: 503 }]);
    expect((await f.api("GET", `/volumes/${volumeIds[0]}`)).status).toBe(503);
    expect(await seriousViolations()).toEqual([]);
    await shot("faults");
    await remove.click();
    await page.getByText("No fault rules").waitFor();
    expect(((await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: unknown[] }).rules).toEqual([]);
    expect((await f.api("GET", `/volumes/${volumeIds[0]}`)).status).toBe(200);
  });

  it("advances the server clock by a day, as the admin API then reads it", async () => {
    await open("/faults");
    const before = (await (await f.admin("GET", "/_ocikit/clock")).json()) as { offsetSeconds: number };
    await page.getByRole("button", { name: "Advance 1 day" }).click();
    await expect.poll(async () => ((await (await f.admin("GET", "/_ocikit/clock")).json()) as { offsetSeconds: number }).offsetSeconds).toBe(before.offsetSeconds + 86_400);
  });

  it("shows the server's refusal of a bad rule", async () => {
    await open("/faults");
    await page.getByLabel("Status", { exact: true }).fill("503");
    await page.getByRole("button", { name: "Add rule" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("also needs a 'code'");
  });
});

describe("the API reference", () => {
  it("renders every operation of the spec, with the seed request as the example of CreateVolumeGroupBackup", async () => {
    await page.goto(`${f.server.url}/_ocikit/docs`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const spec = loadSpec();
    const ids = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((item) => Object.values(item).map((op) => op.operationId).filter(Boolean));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(await page.locator(`article[id='${id}']`).count(), id).toBe(1);
    const example = await page.getByTestId("example-CreateVolumeGroupBackup").textContent();
    expect(example).toContain("curl -X POST");
    expect(example).toContain('"displayName": "laboris pariatur"');
    expect(example).toContain("/20160918/volumeGroupBackups");
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: `${SHOTS}docs.png` });
  });
});

describe("another origin", () => {
  let evil: Server;
  let evilOrigin = "";
  beforeAll(async () => {
    evil = createServer((req, res) => {
      const target = new URL(req.url ?? "/", "http://x").searchParams.get("target") ?? "";
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<!doctype html><form id=f method=post action="${target}"><input name=x value=1></form><script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((r) => evil.listen(0, "127.0.0.1", r));
  });
  afterAll(() => new Promise<void>((r) => evil.close(() => r())));

  it("cannot reset the state or add a fault with a form post, from the same site or another site", async () => {
    const port = (evil.address() as AddressInfo).port;
    // 127.0.0.1:<other port> is the same site (cookies are sent; CSRF token and Origin stop it);
    // localhost:<port> is another site (SameSite=Strict withholds the cookie).
    for (evilOrigin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      for (const action of ["/api/reset", "/api/faults"]) {
        const posted = page.waitForResponse((r) => r.url().endsWith(action) && r.request().method() === "POST");
        await page.goto(`${evilOrigin}/?target=${encodeURIComponent(`${console_}${action}`)}`);
        const answer = await posted;
        expect([401, 403], `${evilOrigin} → ${action}`).toContain(answer.status());
      }
    }
    expect((await f.api("GET", `/volumes/${volumeIds[0]}`)).status).toBe(200);
    expect(((await (await f.admin("GET", "/_ocikit/faults")).json()) as { rules: unknown[] }).rules).toEqual([]);
  });

  it("cannot read the console API with a credentialed fetch", async () => {
    const port = (evil.address() as AddressInfo).port;
    await page.goto(`http://127.0.0.1:${port}/?target=about:blank`);
    const outcome = await page.evaluate(async (url) => {
      try {
        const r = await fetch(url, { credentials: "include" });
        return `read ${r.status} ${(await r.text()).slice(0, 20)}`;
      } catch (e) {
        return `blocked: ${(e as Error).name}`;
      }
    }, `${console_}/api/session`);
    expect(outcome).toMatch(/^blocked/);
  });
});

describe("reset", () => {
  it("the console's own reset deletes every resource", async () => {
    await open("/faults");
    await page.getByRole("button", { name: "Reset state…" }).click();
    await page.getByRole("button", { name: "Yes, reset the state" }).click();
    await page.getByText("The state was reset.").waitFor();
    expect((await f.api("GET", `/volumes/${volumeIds[0]}`)).status).toBe(404);
    await open("/volumes");
    await page.getByText("No volumes in this compartment").waitFor();
  });
});
