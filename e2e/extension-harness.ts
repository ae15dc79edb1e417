import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Worker } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium";

/**
 * Chromium with the unpacked extension loaded, and the hosts it runs on answered from local fixture files:
 * the pages keep their real addresses (so the manifest's default hosts apply) and nothing reaches a network.
 */

const FIXTURES = path.resolve(import.meta.dirname, "fixtures/extension");

/** The team wiki host the test build of the extension declares (`--hosts`), served with a strict CSP. */
export const WIKI_HOST = "wiki.example.test";

export const FIXTURE_URLS = {
  docs: "https://istio.io/latest/docs/tasks/traffic-management/fixture/",
  issue: "https://github.com/istio/istio/issues/1",
  wiki: `https://${WIKI_HOST}/runbooks/upgrade`,
  elsewhere: "https://blog.example.test/posts/mesh",
} as const;

const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

function fixtureFor(url: URL): { file: string; headers: Record<string, string> } | null {
  const u = url.href;
  if (url.pathname === "/fixture.css" || url.pathname === "/wiki.css")
    return { file: url.pathname.slice(1), headers: {} };
  if (u === FIXTURE_URLS.docs) return { file: "docs.html", headers: {} };
  if (u === FIXTURE_URLS.issue) return { file: "issue.html", headers: {} };
  if (u === FIXTURE_URLS.elsewhere) return { file: "docs.html", headers: {} };
  if (u === FIXTURE_URLS.wiki) return { file: "wiki.html", headers: { "content-security-policy": STRICT_CSP } };
  if (url.pathname === "/long") return { file: "", headers: {} };
  return null;
}

export type ExtensionBrowser = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request a page made, and those no fixture answered (which would have left the machine). */
  requests: string[];
  unanswered: string[];
  close(): Promise<void>;
};

/** Launches Chromium with the extension in `dir`; `pages` adds extra fixture pages by URL (e.g. a long page). */
export async function launchWithExtension(
  dir: string,
  opts: {
    colorScheme?: "light" | "dark";
    viewport?: { width: number; height: number };
    pages?: Record<string, string>;
  } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), "mesh-atlas-ext-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    headless: true,
    colorScheme: opts.colorScheme ?? "light",
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [...chromiumLaunchOptions.args, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const requests: string[] = [];
  const unanswered: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const extra = opts.pages?.[url.href];
    if (extra !== undefined) return route.fulfill({ body: extra, contentType: "text/html" });
    const f = fixtureFor(url);
    if (!f?.file) {
      unanswered.push(url.href);
      return route.abort();
    }
    return route.fulfill({
      body: readFileSync(path.join(FIXTURES, f.file)),
      contentType: f.file.endsWith(".css") ? "text/css" : "text/html; charset=utf-8",
      headers: f.headers,
    });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    unanswered,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
