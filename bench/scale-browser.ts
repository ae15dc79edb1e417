import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { build } from "esbuild";
import { chromiumLaunchOptions } from "../e2e/chromium";

/**
 * The search engine at scale in Chromium: the same engine code the site ships, bundled on its own, fed the
 * synthetic index parts from a local address (no throttling: this is the engine's cost, not the network's).
 */

const ORIGIN = "http://scale.bench.test";

export type BrowserScale = {
  /** Focus to first results: fetch the first part, check it, build the engine, answer one query. */
  firstResultsMs: number;
  /** Query p95 with both parts loaded. */
  queryP95Ms: number;
};

export type ScaleBrowser = {
  measure(first: string, rest: string, queries: string[]): Promise<BrowserScale>;
  close(): Promise<void>;
};

type Api = typeof import("../lib/search/engine") & typeof import("../lib/search/wire");
declare global {
  interface Window {
    MeshAtlasSearch: Api;
  }
}

/** Chromium with the engine loaded into a blank page, reused for every step of the scale table. */
export async function scaleBrowser(): Promise<ScaleBrowser> {
  const bundle = await build({
    // The engine and the check the site's worker runs on each part it is handed (lib/search/host.ts).
    stdin: {
      contents: 'export * from "./engine"; export { readSearchIndex } from "./wire";',
      resolveDir: path.resolve(import.meta.dirname, "../lib/search"),
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "MeshAtlasSearch",
    minify: true,
    write: false,
    logLevel: "warning",
    // lib/site.ts reads the build environment: none here.
    define: { "process.env": "{}" },
  });
  const code = bundle.outputFiles[0]?.text ?? "";
  const browser: Browser = await chromium.launch(chromiumLaunchOptions);
  const parts = new Map<string, string>();
  const open = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const p = new URL(route.request().url()).pathname;
      const body = p === "/" ? "<!doctype html><title>scale</title>" : parts.get(p);
      return body === undefined
        ? route.fulfill({ status: 404 })
        : route.fulfill({ body, contentType: p === "/" ? "text/html" : "application/json" });
    });
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ content: code });
    return page;
  };
  return {
    async measure(first, rest, queries) {
      parts.set("/first.json", first);
      parts.set("/rest.json", rest);
      const page = await open();
      try {
        return await page.evaluate(async (qs) => {
          // No named functions in here: tsx would wrap them in a helper the page does not have.
          const { SearchEngine, readSearchIndex } = window.MeshAtlasSearch;
          const t0 = performance.now();
          const firstPart = readSearchIndex(await (await fetch("/first.json")).json(), "first");
          SearchEngine.fromData(firstPart).search(qs[0] ?? "cluster", { limit: 10 });
          const firstResultsMs = performance.now() - t0;
          const restPart = readSearchIndex(await (await fetch("/rest.json")).json(), "rest");
          const whole = SearchEngine.fromData([firstPart, restPart]);
          const times = qs.map((q) => {
            const t = performance.now();
            whole.search(q, { limit: 10 });
            return performance.now() - t;
          });
          times.sort((a, b) => a - b);
          const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;
          return { firstResultsMs, queryP95Ms: p95 };
        }, queries);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
