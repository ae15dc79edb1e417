import { createServer } from "node:http";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { build } from "esbuild";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { pct } from "./util";

/**
 * The search engine at scale in Chromium: the same engine code the site ships, bundled on its own, fed the
 * synthetic index's files from a local server (no throttling: this is the engine's cost, not the network's).
 */

export type BrowserScale = {
  /** Focus to first results: fetch the first part, check it, build the engine, answer one query. */
  firstResultsMs: number;
  /** Query p95 with both parts loaded. */
  queryP95Ms: number;
};

export type ScaleBrowser = {
  measure(first: string, rest: string, queries: string[]): Promise<BrowserScale>;
  /** The same with a sharded index's files (lib/search/shards.ts): first results, and p95 once a query's files are fetched. */
  measureSharded(files: Map<string, string>, queries: string[]): Promise<BrowserScale>;
  close(): Promise<void>;
};

type Api = typeof import("../lib/search/engine") &
  typeof import("../lib/search/wire") &
  typeof import("../lib/search/shards");
declare global {
  interface Window {
    MeshAtlasSearch: Api;
  }
}

/** First results as measured in the page, and the p95 of its query times. */
const withP95 = ({ firstResultsMs, times }: { firstResultsMs: number; times: number[] }): BrowserScale => ({
  firstResultsMs,
  queryP95Ms: pct(times, 0.95),
});

/** Chromium with the engine loaded into a blank page, reused for every step of the scale table. */
export async function scaleBrowser(): Promise<ScaleBrowser> {
  const bundle = await build({
    // The engine and the check the site's worker runs on each part it is handed (lib/search/host.ts).
    stdin: {
      contents:
        'export * from "./engine"; export { readSearchIndex } from "./wire"; export { ShardedSearch } from "./shards";',
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
  let shards = new Map<string, string>();
  // A local HTTP server, as a static host would serve the files (Playwright's request interception costs more per
  // request than the engine's work, and a sharded query reads dozens of small files).
  const server = createServer((req, res) => {
    const p = new URL(req.url ?? "/", "http://localhost").pathname;
    const body =
      p === "/" ? "<!doctype html><title>scale</title>" : p.startsWith("/s/") ? shards.get(p.slice(3)) : parts.get(p);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": p === "/" ? "text/html" : "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const open = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: code });
    return page;
  };
  return {
    async measure(first, rest, queries) {
      parts.set("/first.json", first);
      parts.set("/rest.json", rest);
      const page = await open();
      try {
        return await page
          .evaluate(async (qs) => {
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
            return { firstResultsMs, times };
          }, queries)
          .then(withP95);
      } finally {
        await page.close();
      }
    },
    async measureSharded(files, queries) {
      shards = files;
      const page = await open();
      try {
        return await page
          .evaluate(async (qs) => {
            const { ShardedSearch } = window.MeshAtlasSearch;
            const t0 = performance.now();
            const sharded = await ShardedSearch.open((p) =>
              fetch(`/s/${p}`).then((r) => (r.ok ? r.text() : undefined)),
            );
            await sharded.searchWithTotal(qs[0] ?? "cluster", { limit: 10 });
            const firstResultsMs = performance.now() - t0;
            for (const q of qs) await sharded.searchWithTotal(q, { limit: 10 });
            const times: number[] = [];
            for (const q of qs) {
              const t = performance.now();
              await sharded.searchWithTotal(q, { limit: 10 });
              times.push(performance.now() - t);
            }
            return { firstResultsMs, times };
          }, queries)
          .then(withP95);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
