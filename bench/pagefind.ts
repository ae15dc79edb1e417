import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import type { PagefindIndex } from "pagefind";
import * as pagefind from "pagefind";
import { chromiumLaunchOptions } from "../e2e/chromium";
import type { LabelledQuery } from "../lib/eval/queries";
import type { LabelledQuery as RealQuery } from "../lib/eval/query-set";
import type { IndexableRecord } from "../lib/search/types";
import type { PeerRecord } from "./peers";
import { asResult, type FileScores, type SetScores, scoreQueryFile, scoreRanking } from "./quality";

/** One result as the page hands it back: its URL, its elements with ids and where the query's words matched. */
type Loaded = { url: string; anchors: { id: string; element: string; location: number }[]; locations: number[] };

/** How one way of indexing turns a loaded result into record indexes, best first. */
type Variant = {
  name: string;
  /** Adds the pages to a fresh index; returns how many went in. */
  add: (index: PagefindIndex) => Promise<number>;
  resolve: (hit: Loaded) => number[];
};

type Bytes = { files: number; raw: number; gzip: number };
type Sets = Record<"terms" | "docs", LabelledQuery[]> & {
  real?: readonly RealQuery[];
  also?: readonly { queries: readonly RealQuery[] }[];
};

export type PagefindRun = {
  variant: string;
  pages: number;
  buildMs: number;
  quality: SetScores;
  /** Quality on the JSON query file's parts (tuning, test), when one was given. */
  real?: FileScores;
  /** The same on each further real-query file, in the order given. */
  also?: FileScores[];
  /** Distinct queries (of how many) that got no record of the kind the set asks for. */
  unanswered: Record<"terms" | "docs", { queries: number; of: number }>;
};

export type PagefindSpeed = PagefindRun & {
  /** `search()` plus `data()` of the first 10 results: what it takes to show 10 results. */
  queryMedianMs: number;
  queryP95Ms: number;
  /** `search()` alone: ranked ids, no URL or title yet. */
  searchOnlyMedianMs: number;
  searchOnlyP95Ms: number;
  firstQueryWithLoadMs: number;
  /**
   * After the first query, minus before it: the JS heaps of page and worker (measureUserAgentSpecificMemory(),
   * which leaves WebAssembly memory out) plus the wasm linear memory the index is loaded into.
   */
  memoryAfterLoadMB: number;
  /** The wasm memory once every query has run: Pagefind loads index chunks as queries need them. */
  wasmAfterAllQueriesMB: number;
  /** What the browser fetched: for the first query from a cold cache, and to show 10 results for every query. */
  fetchedFirstQuery: Bytes;
  fetchedAllQueries: Bytes;
  /** Every file a search can fetch (the UI bundles Pagefind also writes are left out). */
  bundle: Bytes;
};

const ms = (x: number) => Math.round(x * 1000) / 1000;
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const ok = <T extends { errors: string[] }>(what: string, r: T): T => {
  if (r.errors.length) throw new Error(`pagefind ${what}: ${r.errors.join("; ")}`);
  return r;
};

/**
 * Each record as a tiny HTML page, as its docs recommend for weighting: Pagefind weights page content only through
 * HTML (headings, data-pagefind-weight), and the first <h1> is both the content it weights highest by default and
 * the page's title metadata, whose matches it boosts by default. So the title goes in the <h1>, the other fields
 * follow as paragraphs, unweighted; the URL carries the record index.
 */
export function recordPages(records: PeerRecord[]): Variant {
  return {
    name: "one HTML page per record",
    add: async (index) => {
      for (const r of records) {
        const paragraphs = [r.aliases, r.label, r.text, r.cues, r.body].filter((t) => t.trim());
        ok(
          "addHTMLFile",
          await index.addHTMLFile({
            url: `/r/${r.idx}/`,
            content: `<html lang="en"><body><h1>${esc(r.title)}</h1>${paragraphs.map((t) => `<p>${esc(t)}</p>`).join("")}</body></html>`,
          }),
        );
      }
      return records.length;
    },
    resolve: byRecordUrl,
  };
}

/** The same records as custom records: plain text (no weights within it), the title also in meta (boosted). */
export function customRecords(records: PeerRecord[]): Variant {
  return {
    name: "one custom record per record",
    add: async (index) => {
      for (const r of records) {
        ok(
          "addCustomRecord",
          await index.addCustomRecord({
            url: `/r/${r.idx}/`,
            content: [r.title, r.aliases, r.label, r.text, r.cues, r.body].filter((t) => t.trim()).join("\n"),
            language: "en",
            meta: { title: r.title },
          }),
        );
      }
      return records.length;
    },
    resolve: byRecordUrl,
  };
}

function byRecordUrl(hit: Loaded): number[] {
  const m = /^\/r\/(\d+)\/$/.exec(hit.url);
  return m ? [Number(m[1])] : [];
}

/** Per matched word, the id of the last anchor of the kept elements before it (null before the first). */
function sectionOf(hit: Loaded, keep: RegExp): (string | null)[] {
  const anchors = hit.anchors.filter((a) => keep.test(a.element)).sort((a, b) => a.location - b.location);
  let i = -1;
  return [...hit.locations]
    .sort((a, b) => a - b)
    .map((word) => {
      while ((anchors[i + 1]?.location ?? Number.POSITIVE_INFINITY) <= word) i++;
      return anchors[i]?.id ?? null;
    });
}

/**
 * The built site as `npx pagefind --site out` would index it, results mapped back to records. A term page
 * splits on headings with ids, as Pagefind's sub-results do: words under a sense's heading (`#<sense>-h`) go to
 * that sense, the rest to the sense the page shows first. The docs map is one page, with no such headings, so it
 * splits on its `<li id="<path>">` anchors (the data Pagefind's docs offer for custom sub-results); a reading
 * list maps to its record. Within a page, sections rank by number of matched words, as Pagefind's UI ranks
 * sub-results; other pages (home, A-Z, short links...) answer no record and are skipped.
 */
export function builtSite(outDir: string, records: IndexableRecord[]): Variant {
  const sense = new Map<string, number>();
  const firstSense = new Map<string, number>();
  const doc = new Map<string, number>();
  const list = new Map<string, number>();
  for (const [i, r] of records.entries()) {
    if (r.kind === "term") {
      sense.set(`${r.id}#${r.sense}-h`, i);
      if (r.order === 0) firstSense.set(r.id, i);
    } else if (r.kind === "doc") doc.set(r.id, i);
    else list.set(r.id, i);
  }
  return {
    name: "the built out/ (addDirectory)",
    add: async (index) => ok("addDirectory", await index.addDirectory({ path: outDir })).page_count,
    resolve: (hit) => {
      const term = /^\/glossary\/([^/]+)\/$/.exec(hit.url)?.[1];
      const readingList = /^\/reading-lists\/([^/]+)\/$/.exec(hit.url)?.[1];
      let words: (number | undefined)[];
      if (term) words = sectionOf(hit, /^h[1-6]$/i).map((a) => sense.get(`${term}#${a}`) ?? firstSense.get(term));
      else if (/^\/docs-map\/[^/]+\/$/.test(hit.url))
        words = sectionOf(hit, /^li$/i).map((a) => doc.get(`/latest/docs/${a}/`));
      else if (readingList) words = hit.locations.map(() => list.get(readingList));
      else return [];
      const count = new Map<number, number>();
      for (const i of words) {
        if (i !== undefined) count.set(i, (count.get(i) ?? 0) + 1);
      }
      // Map keeps first-seen order, so the sort (stable) breaks ties by position on the page.
      return [...count].sort((x, y) => y[1] - x[1]).map(([i]) => i);
    },
  };
}

/** Loads pagefind.js on first use, as a site would on first focus of a search box. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pagefind bench</title></head><body>
<script type="module">
let pf;
let last = [];
const load = async () => (pf ??= await import("/pagefind/pagefind.js"));
window.bench = {
  async search(q) {
    last = (await (await load()).search(q)).results;
    return last.length;
  },
  async load(start, end) {
    const data = await Promise.all(last.slice(start, end).map((r) => r.data()));
    return data.map((d) => ({
      url: d.raw_url ?? d.url,
      anchors: d.anchors.map((a) => ({ id: a.id, element: a.element, location: a.location })),
      locations: d.locations,
    }));
  },
  async timed(q, n) {
    const t0 = performance.now();
    const s = await (await load()).search(q);
    const t1 = performance.now();
    await Promise.all(s.results.slice(0, n).map((r) => r.data()));
    return [t1 - t0, performance.now() - t0];
  },
  async memory() {
    return (await performance.measureUserAgentSpecificMemory()).bytes;
  },
};
</script></body></html>`;

type Bench = {
  search: (q: string) => Promise<number>;
  load: (start: number, end: number) => Promise<Loaded[]>;
  timed: (q: string, n: number) => Promise<[number, number]>;
  memory: () => Promise<number>;
};
/** The page's window; evaluated functions are sent to the page as source, so each names it itself. */
type Win = { bench: Bench };

/**
 * Size of the wasm memory in Pagefind's worker. Its wasm-bindgen glue is a global of the worker script, and
 * calling it once initialised returns the instance's exports (no fetch), memory among them.
 */
async function wasmBytes(page: Page): Promise<number> {
  const worker = page.workers().find((w) => w.url().endsWith("/pagefind-worker.js"));
  if (!worker) throw new Error("Pagefind searched without its web worker");
  return Number(await worker.evaluate("wasm_bindgen().then((w) => w.memory.buffer.byteLength)"));
}

const BUNDLE_FILE =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.en\.pagefind|[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/;

/**
 * A loopback server on a free port: the page above at `/`, the bundle below `/pagefind/`, and a log of what was
 * fetched. It sends the cross-origin isolation headers measureUserAgentSpecificMemory() needs.
 */
async function serve(dir: string) {
  const fetched: string[] = [];
  const isolation = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/") {
      res.writeHead(200, { ...isolation, "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
      return;
    }
    const rel = decodeURIComponent(url.pathname.replace(/^\/pagefind\//, ""));
    if (!url.pathname.startsWith("/pagefind/") || !BUNDLE_FILE.test(rel) || rel.includes("..")) {
      res.writeHead(404, isolation);
      res.end();
      return;
    }
    fetched.push(rel);
    const type = rel.endsWith(".js") ? "text/javascript" : rel.endsWith(".json") ? "application/json" : "";
    res.writeHead(200, { ...isolation, "content-type": type || "application/octet-stream" });
    res.end(readFileSync(path.join(dir, rel)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, fetched, close: () => new Promise((r) => server.close(r)) };
}

/** Raw and gzip bytes of bundle files (Pagefind's own .pf files are already gzip-compressed). */
function bytes(dir: string, files: Iterable<string>): Bytes {
  const out = { files: 0, raw: 0, gzip: 0 };
  for (const f of new Set(files)) {
    const buf = readFileSync(path.join(dir, f));
    out.files++;
    out.raw += buf.length;
    out.gzip += gzipSync(buf).length;
  }
  return out;
}

/** Indexes with the Node API (the native binary, started fresh so the time includes it) into a temp dir. */
async function build(variant: Variant, dir: string): Promise<{ pages: number; buildMs: number }> {
  const t0 = performance.now();
  const { index } = ok("createIndex", await pagefind.createIndex());
  if (!index) throw new Error("pagefind createIndex returned no index");
  const pages = await variant.add(index);
  ok("writeFiles", await index.writeFiles({ outputPath: dir }));
  const buildMs = performance.now() - t0;
  await pagefind.close();
  return { pages, buildMs };
}

/**
 * Quality on the query sets. Per query, results are loaded ten at a time, in Pagefind's order, until the first
 * ten records the hit test reads are in hand (docs pages for the docs set, any record for terms), at most 400
 * results, as many as the other engines are asked for. Pages that answer no record (built-site variant) do not
 * count towards the ten, so the limit the others get is not a number of Pagefind results. Also counts the
 * queries left with no record of the wanted kind.
 */
async function measureQuality(page: Page, variant: Variant, records: IndexableRecord[], sets: Sets) {
  const unanswered = { terms: { queries: 0, of: 0 }, docs: { queries: 0, of: 0 } };
  const rank = async (q: string, set: "terms" | "docs") => {
    const wanted = (i: number) => set === "terms" || records[i]?.kind === "doc";
    const total = Math.min(400, await page.evaluate((query) => (window as unknown as Win).bench.search(query), q));
    const found: number[] = [];
    for (let start = 0; start < total; start += 10) {
      const loaded = await page.evaluate(([s, e]) => (window as unknown as Win).bench.load(s, e), [
        start,
        start + 10,
      ] as const);
      for (const i of loaded.flatMap(variant.resolve)) if (!found.includes(i)) found.push(i);
      if (found.filter(wanted).length >= 10) break;
    }
    unanswered[set].of++;
    if (!found.some(wanted)) unanswered[set].queries++;
    return found.flatMap((i) => {
      const r = records[i];
      return r ? [asResult(r)] : [];
    });
  };
  const quality = await scoreRanking((q, _limit, set) => rank(q, set), sets);
  // The JSON file reads terms, cards and errors off every result and docs off the docs results: one list that
  // holds ten of each is what the others give it, so both kinds of loading are merged.
  const merged = async (q: string) => {
    const all = await rank(q, "terms");
    const docs = await rank(q, "docs");
    return [...all, ...docs.filter((d) => !all.includes(d))];
  };
  const real = sets.real ? await scoreQueryFile(merged, sets.real) : undefined;
  const also: FileScores[] = [];
  for (const set of sets.also ?? []) also.push(await scoreQueryFile(merged, set.queries));
  return { quality, unanswered, ...(real ? { real } : {}), ...(also.length > 0 ? { also } : {}) };
}

async function withBundle<T>(
  variant: Variant,
  run: (dir: string, built: { pages: number; buildMs: number }) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mesh-atlas-pagefind-"));
  try {
    return await run(dir, await build(variant, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function inBrowser<T>(dir: string, run: (page: Page, server: Awaited<ReturnType<typeof serve>>) => Promise<T>) {
  const server = await serve(dir);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    // Measure memory now rather than at the next garbage collection (up to 20 s later).
    args: [...chromiumLaunchOptions.args, "--enable-blink-features=ForceEagerMeasureMemory"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    return await run(page, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Quality only, in a fresh page with the queries in file order: Pagefind's results depend a little on which
 * index chunks the page has already loaded (a word can then match more of its forms), so the order is fixed.
 */
async function qualityRun(variant: Variant, records: IndexableRecord[], sets: Sets, dir: string, buildMs: number) {
  return inBrowser(dir, async (page) => ({
    variant: variant.name,
    buildMs: ms(buildMs),
    ...(await measureQuality(page, variant, records, sets)),
  }));
}

/** Quality only: for the other ways of indexing, reported beside the main row. */
export async function pagefindQuality(variant: Variant, records: IndexableRecord[], sets: Sets): Promise<PagefindRun> {
  return withBundle(variant, async (dir, built) => ({
    pages: built.pages,
    ...(await qualityRun(variant, records, sets, dir, built.buildMs)),
  }));
}

/**
 * Quality as above, then speed in a second fresh page: the first query (loading pagefind.js, its worker, wasm
 * and index included); one pass over every query, showing 10 results each, to count what that fetches and to
 * warm up; `rounds` timed passes, as our engine is timed in Node.
 */
export async function pagefindSpeed(
  variant: Variant,
  records: IndexableRecord[],
  sets: Sets,
  rounds: number,
): Promise<PagefindSpeed> {
  const queries = [...sets.terms, ...sets.docs].map((q) => q.query);
  return withBundle(variant, async (dir, built) => ({
    pages: built.pages,
    ...(await qualityRun(variant, records, sets, dir, built.buildMs)),
    ...(await inBrowser(dir, async (page, server) => {
      const timed = (q: string) => page.evaluate((query) => (window as unknown as Win).bench.timed(query, 10), q);
      const jsBefore = await page.evaluate(() => (window as unknown as Win).bench.memory());
      const [, firstQuery] = await timed("cluster");
      const jsAfter = await page.evaluate(() => (window as unknown as Win).bench.memory());
      const wasmAfter = await wasmBytes(page);
      const fetchedFirstQuery = bytes(dir, server.fetched);
      for (const q of queries) await timed(q);
      const fetchedAllQueries = bytes(dir, server.fetched);
      const searchOnly: number[] = [];
      const shown: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const q of queries) {
          const [s, all] = await timed(q);
          searchOnly.push(s);
          shown.push(all);
        }
      }
      const bundleFiles = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => BUNDLE_FILE.test(f));
      return {
        queryMedianMs: ms(pct(shown, 0.5)),
        queryP95Ms: ms(pct(shown, 0.95)),
        searchOnlyMedianMs: ms(pct(searchOnly, 0.5)),
        searchOnlyP95Ms: ms(pct(searchOnly, 0.95)),
        firstQueryWithLoadMs: ms(firstQuery),
        memoryAfterLoadMB: mb(jsAfter - jsBefore + wasmAfter),
        wasmAfterAllQueriesMB: mb(await wasmBytes(page)),
        fetchedFirstQuery,
        fetchedAllQueries,
        bundle: bytes(dir, bundleFiles),
      };
    })),
  }));
}
