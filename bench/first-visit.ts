import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

export type FirstVisit = { kB: number; requests: number; indexKB: number };

/** How long after load the page is watched: prefetches and lazy chunks that arrive by then count. */
const SETTLE_MS = 4000;

/**
 * What a first visit to each page costs: every response in the 4 s after load, by its compressed body size
 * (what went over the wire), in a fresh browser context each time so nothing is cached. The search index is
 * counted apart, as it loads only when search is used.
 */
export async function firstVisits(baseUrl: string, paths: readonly string[]): Promise<Record<string, FirstVisit>> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const out: Record<string, FirstVisit> = {};
  try {
    for (const p of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<{ url: string; bytes: number }>[] = [];
      page.on("requestfinished", (request) => {
        sizes.push(
          request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
        );
      });
      await page.goto(new URL(p, baseUrl).href, { waitUntil: "load" });
      await page.waitForTimeout(SETTLE_MS);
      const all = await Promise.all(sizes);
      const index = all.filter((r) => r.url.includes("/search-index"));
      const rest = all.filter((r) => !r.url.includes("/search-index"));
      out[p] = {
        kB: Math.round(rest.reduce((n, r) => n + r.bytes, 0) / 102.4) / 10,
        requests: rest.length,
        indexKB: Math.round(index.reduce((n, r) => n + r.bytes, 0) / 102.4) / 10,
      };
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
