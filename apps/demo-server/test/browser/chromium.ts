// A real Chromium for the console's browser tests, driven by playwright-core: Debian's /usr/bin/chromium
// when the machine has it, else the Chromium shipped inside the @sparticuz/chromium npm package (which
// installs from the npm registry alone, so a fresh CI machine has it).
//
// Nothing here depends on HOME or on a folder outside the clone: @sparticuz/chromium unpacks into
// `os.tmpdir()`, so it runs in a child process whose TMPDIR is a fresh folder inside this package's
// node_modules/.cache, renamed into place when complete (a half-unpacked browser is never used, and
// concurrent runs do not share /tmp/chromium). The browser itself gets a fresh HOME in the temp folder, and
// Playwright a fresh, empty profile (--user-data-dir) for every launch.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser } from "playwright-core";

export type ChromiumSource = "debian" | "sparticuz";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** This package's folder (where node resolves @sparticuz/chromium from). */
const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));

/** A forced source that is neither value. */
export class ChromiumChoiceError extends Error {
  override readonly name = "ChromiumChoiceError";
  readonly code = "INVALID_CHROMIUM_CHOICE";
}

/**
 * Where the tests' Chromium comes from. OCIKIT_CHROMIUM=sparticuz skips the Debian browser (to test the
 * path a CI machine takes); OCIKIT_CHROMIUM=debian insists on it.
 */
export function preferredSource(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumSource {
  const forced = env.OCIKIT_CHROMIUM;
  if (forced === "sparticuz" || forced === "debian") return forced;
  if (forced !== undefined && forced !== "") {
    throw new ChromiumChoiceError(`OCIKIT_CHROMIUM is '${forced}': use 'sparticuz', 'debian', or leave it unset (Debian's when installed).`);
  }
  return exists(DEBIAN_CHROMIUM) ? "debian" : "sparticuz";
}

/**
 * Flags for a headless test browser. Not the @sparticuz/chromium defaults: those turn off web security
 * and site isolation, which would hide exactly the cross-origin defences the tests check.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-sync",
  "--metrics-recording-only",
  "--no-first-run",
  "--no-default-browser-check",
  "--mute-audio",
  "--font-render-hinting=none",
];

/** The folder the packaged Chromium of this @sparticuz/chromium version is unpacked into. */
export function sparticuzCacheDir(packageDir: string = PACKAGE_DIR): string {
  const manifest = join(packageDir, "node_modules/@sparticuz/chromium/package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  return join(packageDir, "node_modules/.cache/ocikit-chromium", version);
}

const run = promisify(execFile);
const UNPACK = "const m = await import('@sparticuz/chromium'); process.stdout.write(await m.default.executablePath());";

/**
 * Unpacks the Chromium inside @sparticuz/chromium (once per version) and returns its executable. The
 * child gets only PATH, a TMPDIR and a HOME, both the staging folder: nothing it writes lands elsewhere.
 */
export async function unpackSparticuz(packageDir: string = PACKAGE_DIR): Promise<string> {
  const target = sparticuzCacheDir(packageDir);
  const executable = join(target, "chromium");
  if (existsSync(executable)) return executable;
  const parent = join(target, "..");
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, ".unpacking-"));
  try {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", UNPACK], {
      cwd: packageDir,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", TMPDIR: staging, HOME: staging },
      timeout: 120_000,
    });
    if (stdout !== join(staging, "chromium")) throw new Error(`@sparticuz/chromium unpacked to '${stdout}', not into ${staging}`);
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another run finished first: use its copy.
      if (!existsSync(executable)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return executable;
}

let unpacked: Promise<string> | undefined;

/** The executable of the Chromium inside @sparticuz/chromium (unpacked once per process and version). */
export function sparticuzExecutable(): Promise<string> {
  unpacked ??= unpackSparticuz();
  return unpacked;
}

/** Launches a headless Chromium with a fresh HOME of its own (removed when the browser closes). */
export async function launchChromium(source: ChromiumSource = preferredSource()): Promise<Browser> {
  const executablePath = source === "debian" ? DEBIAN_CHROMIUM : await sparticuzExecutable();
  const home = mkdtempSync(join(tmpdir(), "ocikit-chromium-home-"));
  const env: Record<string, string> = { HOME: home, XDG_CONFIG_HOME: join(home, ".config"), XDG_CACHE_HOME: join(home, ".cache") };
  for (const name of ["PATH", "TMPDIR", "LANG", "TZ"]) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  try {
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, env, timeout: 60_000 });
    browser.on("disconnected", () => rmSync(home, { recursive: true, force: true }));
    return browser;
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}
