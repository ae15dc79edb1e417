import { execSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extensionBench } from "../bench/extension";
import { type Results, report } from "../bench/report";
import {
  browser,
  corpus,
  decoderQuality,
  decoderSpeed,
  engines,
  firstVisit,
  loadTest,
  machine,
  querySets,
  scale,
  scaleSteps,
  serveOut,
  shardedAgreement,
  sizes,
} from "../bench/sections";
import { elapsedSeconds, log } from "../bench/util";
import { siteRecords } from "../lib/content/load";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const PORT = 4199;

const USAGE = `usage: npm run bench -- [--no-build] [--only engines|scale|decoder] [--queries FILE.json]

Without --only: builds the site (unless --no-build and out/ exists), then every section, into bench/results.json
and bench/results.md. --only engines: search quality and speed on the out/ already built; --only scale: the scale
sections (no query set's test part is measured); --only decoder: the decoder's quality and speed. Each --only
run merges into the last bench/results.json, which says so.
--queries FILE.json: measure every engine on that query file's test part (all of it when it has no split).`;
const { values } = readArgs(USAGE, {
  options: {
    "no-build": { type: "boolean", default: false },
    only: { type: "string" },
    queries: { type: "string" },
  },
});
const only = values.only;
const queriesFile = values.queries;
if (only !== undefined && !["engines", "scale", "decoder"].includes(only)) {
  console.error(`--only takes engines, scale or decoder, not ${JSON.stringify(only)}\n${USAGE}`);
  process.exit(2);
}
if (only === "engines" && !existsSync("out/index.html")) {
  console.error("--only engines needs a built out/ (npm run build)");
  process.exit(2);
}
// The browser and size numbers must be of this code, so the site is built first (skip with --no-build).
if (!only && (!existsSync("out/index.html") || !values["no-build"])) {
  log("building the site");
  execSync("npm run -s build", { stdio: ["ignore", 2, 2] });
}

const content = contentOrExit();
const records = siteRecords(content);
const sets = querySets(queriesFile);
if (sets.real && only !== "scale" && only !== "decoder")
  for (const file of [sets.realFile, ...(sets.also ?? []).map((s) => s.file)])
    appendFileSync(path.join("bench", "queries", "test-looks.log"), `${new Date().toISOString()} ${file} bench\n`);
/** The scale sections: synthetic corpora whole and sharded, and the real corpus sharded against whole. */
async function scaleSections() {
  const big = await scale(records);
  const steps = await scaleSteps(records);
  const agreement = await shardedAgreement(
    // In the site's index order: the first part's records, then the docs pages.
    [...records.filter((r) => r.kind !== "doc"), ...records.filter((r) => r.kind === "doc")],
    [...(sets.real ?? []), ...sets.terms, ...sets.docs].map((q) => q.query),
  );
  return { scale: big, scaleSteps: steps, shardedAgreement: agreement };
}

const last = () => JSON.parse(readFileSync(path.join("bench", "results.json"), "utf8")) as Results;
const partial = (name: string) => ({
  partialRuns: [
    ...(last().partialRuns ?? []).filter((p) => p.only !== name),
    { ranAt: new Date().toISOString(), seconds: elapsedSeconds(), only: name },
  ],
});

function write(results: Results): void {
  mkdirSync("bench", { recursive: true });
  writeFileSync(path.join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join("bench", "results.md"), report(results));
  console.log(readFileSync(path.join("bench", "results.md"), "utf8"));
}

if (only === "scale") {
  const scaled = await scaleSections();
  write({ ...last(), ...scaled, ...partial(only) });
} else if (only === "decoder") {
  write({ ...last(), decoder: decoderQuality(content), decoderSpeed: decoderSpeed(content), ...partial(only) });
} else if (only) {
  const common = { machine: machine(), corpus: corpus(content, records), ...(await engines(content, sets)) };
  // A run on another query file measures no further set: the last run's would read as this one's.
  write({ ...last(), ...common, realAlso: common.realAlso, ...partial(only) });
} else {
  const common = { machine: machine(), corpus: corpus(content, records), ...(await engines(content, sets)) };
  const decoder = decoderQuality(content);
  const decoderTimes = decoderSpeed(content);
  const size = sizes();
  const scaled = await scaleSections();
  const server = await serveOut(PORT);
  const timings = await browser(server.base, sets);
  const visits = await firstVisit(server.base);
  const load = await loadTest(server.base);
  server.stop();
  log("marking a long page with the browser extension");
  const extension = await extensionBench(content);
  write({
    ranAt: new Date().toISOString(),
    ...common,
    decoder,
    decoderSpeed: decoderTimes,
    size,
    browser: timings,
    firstVisit: visits,
    ...scaled,
    load,
    extension,
    seconds: elapsedSeconds(),
  });
}
