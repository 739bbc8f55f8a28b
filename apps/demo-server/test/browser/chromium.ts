// A real Chromium for the console's browser tests, driven by playwright-core: Debian's /usr/bin/chromium
// when the machine has it, else the Chromium shipped inside the @sparticuz/chromium npm package (which
// installs from the npm registry alone, so a fresh CI machine has it). Playwright gives every launch a
// new, empty profile (--user-data-dir in a fresh temp folder).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export type ChromiumSource = "debian" | "sparticuz";

/** Where the tests' Chromium comes from: OCIKIT_CHROMIUM=sparticuz|debian forces one. */
export function preferredSource(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumSource {
  const forced = env.OCIKIT_CHROMIUM;
  if (forced === "sparticuz" || forced === "debian") return forced;
  return exists(DEBIAN_CHROMIUM) ? "debian" : "sparticuz";
}

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

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

let unpacked: Promise<string> | undefined;

/** The executable of the Chromium inside @sparticuz/chromium (unpacked once into the temp folder). */
export function sparticuzExecutable(): Promise<string> {
  unpacked ??= import("@sparticuz/chromium").then((m) => m.default.executablePath());
  return unpacked;
}

export async function launchChromium(source: ChromiumSource = preferredSource()): Promise<Browser> {
  const executablePath = source === "debian" ? DEBIAN_CHROMIUM : await sparticuzExecutable();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}
