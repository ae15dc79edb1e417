import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { buildSiteSearchIndex } from "../lib/content/search-index";
import { SearchEngine } from "../lib/search/engine";
import { ShardedSearch } from "../lib/search/shards";
import type { SearchResult } from "../lib/search/types";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const USAGE = `usage: npm run -s search -- [--json] [--limit N] [--content-dir DIR | --shards DIR] "<query>"
       npm run -s search -- --batch [--limit N] < queries.txt   (one query per line, JSON Lines out)
  --shards DIR searches a built sharded index (out/search-shards/ of a large build) instead of the content.`;

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    batch: { type: "boolean", default: false },
    limit: { type: "string", default: "10" },
    "content-dir": { type: "string", default: "content" },
    shards: { type: "string" },
  },
});

const limit = Number.parseInt(values.limit, 10);
if (!Number.isInteger(limit) || limit < 0 || (!values.batch && positionals.length === 0)) {
  console.error(USAGE);
  process.exit(2);
}

/** The engine over the content, or over a built sharded index read from disk: the same ranking either way. */
async function searcher(): Promise<(query: string) => Promise<SearchResult[]>> {
  const dir = values.shards;
  if (dir) {
    const sharded = await ShardedSearch.open(async (file) => {
      try {
        return await readFile(path.join(dir, file), "utf8");
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT" && file !== "head.json") return undefined;
        throw e;
      }
    }).catch((e: unknown) => {
      console.error(`--shards ${dir}: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    });
    return async (query) => (await sharded.searchWithTotal(query, { limit })).results;
  }
  const content = contentOrExit(values["content-dir"]);
  const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(buildSiteSearchIndex(content))));
  return async (query) => engine.search(query, { limit });
}
const search = await searcher();

/** The public JSON shape of one result (pinned by a test). */
function publicResult(r: SearchResult) {
  return {
    kind: r.kind,
    id: r.id,
    sense: r.sense,
    context: r.context,
    title: r.title,
    url: r.url,
    score: r.score,
    match: r.match,
  };
}

async function asJson(query: string): Promise<string> {
  return JSON.stringify({ query, results: (await search(query)).map(publicResult) });
}

async function asTable(query: string): Promise<string> {
  const results = await search(query);
  if (results.length === 0) return `No results for "${query}".`;
  const rows = results.map((r, i) => [
    String(i + 1),
    r.kind,
    r.subtitle ? `${r.title} (${r.subtitle})` : r.title,
    r.context ?? "",
    r.url,
    r.score.toFixed(2),
  ]);
  const header = ["#", "kind", "title", "context", "url", "score"];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

if (values.batch) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const query of rl) process.stdout.write(`${await asJson(query)}\n`);
} else {
  const query = positionals.join(" ");
  console.log(values.json ? await asJson(query) : await asTable(query));
}
