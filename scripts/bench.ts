import { execSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { browserTimings } from "../bench/browser";
import { builtSite, customRecords, pagefindQuality, pagefindSpeed, recordPages } from "../bench/pagefind";
import { flexsearchDefault, fuse, minisearch, orama } from "../bench/peers";
import { peerRanking, peerRecords, scoreRanking } from "../bench/quality";
import { type Results, report } from "../bench/report";
import { syntheticCorpus, syntheticQueries } from "../bench/synthetic";
import { siteRecords } from "../lib/content/load";
import { buildSiteSearchIndex } from "../lib/content/search-index";
import { buildDecoderData } from "../lib/decoder/data";
import { createDecoder } from "../lib/decoder/decode";
import { measureDecoder, readPassages } from "../lib/eval/passages";
import { measure, readQuerySet } from "../lib/eval/queries";
import { buildSearchIndex, SearchEngine } from "../lib/search/engine";
import { contentOrExit } from "./content-or-exit";
import { firstLoadJs } from "./page-weight";

const PORT = 4199;
const started = performance.now();
const log = (msg: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}`);
const ms = (x: number) => Math.round(x * 1000) / 1000;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};

// `--only engines` re-runs search quality and speed alone (on the out/ already built, no decoder, size, scale,
// site-browser or load sections) and merges them into the last bench/results.json, which says so.
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
if (only !== undefined && only !== "engines") {
  console.error("usage: npm run bench -- [--no-build] [--only engines]");
  process.exit(2);
}
if (only && !existsSync("out/index.html")) {
  console.error("--only engines needs a built out/ (npm run build)");
  process.exit(2);
}

// The browser and size numbers must be of this code, so the site is built first (skip with --no-build).
if (!only && (!existsSync("out/index.html") || !process.argv.includes("--no-build"))) {
  log("building the site");
  execSync("npm run -s build", { stdio: ["ignore", 2, 2] });
}

// Quality: the same records and queries for every engine.
const content = contentOrExit();
const records = siteRecords(content);
const sets = {
  terms: readQuerySet(path.join("bench", "queries", "glossary.tsv")),
  docs: readQuerySet(path.join("bench", "queries", "docs.tsv")),
};
const [data, buildMs] = time(() => buildSiteSearchIndex(content));
const json = JSON.stringify(data);
const [engine, loadMs] = time(() => SearchEngine.fromData(JSON.parse(json)));
log("quality: Mesh Atlas and peers");
const quality: Record<string, Awaited<ReturnType<typeof scoreRanking>>> = {
  "Mesh Atlas": await scoreRanking(async (q, limit) => engine.search(q, { limit }), sets),
};
// The same docs questions on the mixed list the CLI prints (terms and pages together).
const mixed = Object.fromEntries(
  (["held-out", "all"] as const).map((split) => {
    const chosen = split === "all" ? sets.docs : sets.docs.filter((q) => q.split === "held-out");
    const { misses: _m, ...q } = measure(chosen, (text) => engine.search(text, { limit: 10 }));
    return [split, q];
  }),
);
const peerSpeed: Record<string, { buildMs: number; medianMs: number; p95Ms: number }> = {};
for (const peer of [flexsearchDefault(), minisearch(), fuse(), orama()]) {
  log(peer.name);
  const t0 = performance.now();
  await peer.build(peerRecords(records));
  const built = performance.now() - t0;
  // Latency is taken on the quality pass itself: every query once, the engine already warm from building.
  const lat: number[] = [];
  const ranking = peerRanking(peer, records);
  quality[peer.name] = await scoreRanking(async (q, limit) => {
    const t = performance.now();
    const r = await ranking(q, limit);
    lat.push(performance.now() - t);
    return r;
  }, sets);
  peerSpeed[peer.name] = { buildMs: ms(built), medianMs: ms(pct(lat, 0.5)), p95Ms: ms(pct(lat, 0.95)) };
}

// Pagefind searches only in a browser, so it runs in Chromium on a bundle its Node API writes: the same records
// (the row in every table), then, for quality alone, the same records as custom records and the built out/.
log("Pagefind: the records, in Chromium");
const PAGEFIND = "Pagefind (HTML page per record)";
const pagefindMain = await pagefindSpeed(recordPages(peerRecords(records)), records, sets, 5);
quality[PAGEFIND] = pagefindMain.quality;
log("Pagefind: custom records and the built out/ (quality only)");
const pagefindOthers = [
  await pagefindQuality(customRecords(peerRecords(records)), records, sets),
  await pagefindQuality(builtSite("out", records), records, sets),
];

// Speed of our engine in Node, warm, over every query five times.
const allQueries = [...sets.terms, ...sets.docs].map((q) => q.query);
const latencies: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of allQueries) latencies.push(time(() => engine.search(q, { limit: 10 }))[1]);
}
const heapBefore = process.memoryUsage().heapUsed;
const [firstEngine, firstLoad] = time(() =>
  SearchEngine.fromData(JSON.parse(readFileSync("out/search-index.json", "utf8"))),
);
const [, firstQuery] = time(() => firstEngine.search("cluster", { limit: 10 }));
const heapAfter = process.memoryUsage().heapUsed;

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "",
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
};
const corpus = {
  records: records.length,
  terms: content.glossary.length,
  docsPages: content.docsMap?.pages.length ?? 0,
  lists: content.readingLists.length,
};
const engines = {
  quality,
  meshAtlasDocsMixedList: mixed,
  speed: {
    meshAtlas: {
      buildMs: ms(buildMs),
      loadFromJsonMs: ms(loadMs),
      queryMedianMs: ms(pct(latencies, 0.5)),
      queryP95Ms: ms(pct(latencies, 0.95)),
      firstQueryWithLoadMs: ms(firstLoad + firstQuery),
      heapAfterLoadMB: Math.round(((heapAfter - heapBefore) / 2 ** 20) * 10) / 10,
    },
    peers: peerSpeed,
  },
  pagefind: { main: { name: PAGEFIND, ...pagefindMain }, others: pagefindOthers },
};
const write = (results: Results) => {
  mkdirSync("bench", { recursive: true });
  writeFileSync(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join("bench", "results.md"), report(results));
  console.log(readFileSync(path.join("bench", "results.md"), "utf8"));
};
if (only) {
  const last = JSON.parse(readFileSync(path.join("bench", "results.json"), "utf8")) as Results;
  const seconds = Math.round((performance.now() - started) / 1000);
  write({ ...last, machine, corpus, ...engines, partialRun: { ranAt: new Date().toISOString(), seconds, only } });
  process.exit(0);
}

// The decoder on the labelled passages.
log("decoder");
const decode = createDecoder(buildDecoderData(content));
const passages = readPassages(path.join("bench", "passages", "passages.json"));
const decoder = {
  "held-out": (({ errors: _e, ...q }) => q)(
    measureDecoder(
      passages.filter((p) => p.split === "held-out"),
      decode,
    ),
  ),
  all: (({ errors: _e, ...q }) => q)(measureDecoder(passages, decode)),
};

// What the browser downloads.
const size = (file: string) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf).length };
};
const pages: Record<string, string> = {
  home: "index.html",
  "glossary A-Z": "glossary/index.html",
  term: "glossary/cluster/index.html",
  search: "search/index.html",
  compare: "compare/gateways/index.html",
  crosswalk: "crosswalk/index.html",
  "docs map": "docs-map/index.html",
  "reading list": "reading-lists/security/index.html",
  decoder: "decode/index.html",
  "short link": "go/vs/index.html",
  "404": "404.html",
};
const weights = Object.entries(pages).map(([k, p]) => [k, firstLoadJs("out", p)] as const);
const weight = Object.fromEntries(weights.map(([k, w]) => [k, w.gzip]));
const pageData = Object.fromEntries(weights.map(([k, w]) => [k, w.data]));

// Scale: 10,000 terms and 10,000 docs pages.
log("scale: synthetic corpus");
const synthetic = syntheticCorpus(records, 10_000, 10_000);
const [bigData, bigBuildMs] = time(() => buildSearchIndex(synthetic));
const bigJson = JSON.stringify(bigData);
const [bigEngine, bigLoadMs] = time(() => SearchEngine.fromData(JSON.parse(bigJson)));
const bigLat = syntheticQueries(synthetic, 300).map((q) => time(() => bigEngine.search(q, { limit: 10 }))[1]);

// Browser and load test against the static server the README starts.
log("serving out/ for the browser and load tests");
const server = spawn("npx", ["tsx", "scripts/serve.ts", "--dir", "out", "--port", String(PORT)], { stdio: "ignore" });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i++) {
  const ok = await fetch(`${base}/`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  await new Promise((r) => setTimeout(r, 100));
}
let browser: Awaited<ReturnType<typeof browserTimings>> | { error: string };
try {
  browser = await browserTimings(
    `${base}/`,
    sets.terms.map((q) => q.query),
  );
} catch (e) {
  browser = { error: (e as Error).message.split("\n")[0] ?? "failed" };
}
log("load test: 4 targets x 30 s, 100 connections");
const load: Record<string, { requestsPerSec: number; p99Ms: number; errors: number; non2xx: number }> = {};
for (const [name, url] of Object.entries({
  home: "/",
  term: "/glossary/cluster/",
  "search index": "/search-index.json",
  "JSON API": "/api/terms.json",
})) {
  const r = await autocannon({
    url: `${base}${url}`,
    // What a browser sends: the server answers with the precompressed file, as it would to a user.
    headers: { "accept-encoding": "br, gzip" },
    connections: 100,
    duration: Number(process.env.BENCH_LOAD_SECONDS ?? 30),
  });
  load[name] = {
    requestsPerSec: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}
server.kill();

write({
  ranAt: new Date().toISOString(),
  machine,
  corpus,
  ...engines,
  decoder,
  size: {
    searchIndex: size("out/search-index.json"),
    decoderData: size("out/decoder.json"),
    firstLoadJsGzip: weight,
    pageDataGzip: pageData,
  },
  browser,
  scale: {
    records: synthetic.length,
    buildMs: ms(bigBuildMs),
    loadMs: ms(bigLoadMs),
    indexGzip: gzipSync(bigJson).length,
    queryMedianMs: ms(pct(bigLat, 0.5)),
    queryP95Ms: ms(pct(bigLat, 0.95)),
  },
  load,
  seconds: Math.round((performance.now() - started) / 1000),
});
