import { RECORD_KINDS } from "../kinds";
import { SEARCH_INDEX_VERSION, type SearchIndexData } from "./types";

const KINDS: ReadonlySet<string> = new Set(RECORD_KINDS);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** How both checks of an index (this one and `parseSearchIndex`) say what is wrong: the file, where, and what. */
export function indexProblem(from: string, at: string | undefined, what: string): Error {
  return new Error(`${from}: not a search index this code can read${at ? ` at ${at}` : ""}: ${what}`);
}

/** What an index of another version gets told. */
export const staleVersion = (found: unknown) =>
  `search index version ${JSON.stringify(found)} is not ${SEARCH_INDEX_VERSION}: rebuild the site (npm run build)`;

/**
 * The browser's check of a downloaded index part. The file comes from the same build as the code, so what can
 * go wrong is a stale copy (a cache holding an older build: the version says so) or a cut-off download (the
 * shape says so); the full schema check (`parseSearchIndex`, ./schema.ts) runs wherever Node reads an index.
 * This one needs no zod, which would double the code the search worker fetches on a phone (about 29 kB gzip).
 */
export function readSearchIndex(json: unknown, from: string): SearchIndexData {
  const fail = (at: string, what: string): never => {
    throw indexProblem(from, at, what);
  };
  if (!isObject(json)) return fail("the top", "not an object");
  if (json.version !== SEARCH_INDEX_VERSION) fail("version", staleVersion(json.version));
  for (const key of ["records", "reference", "kindTerms", "useNames", "uses"])
    if (!Array.isArray(json[key])) fail(key, "not a list");
  if (!isObject(json.flex)) fail("flex", "not an object");
  const records = json.records as unknown[];
  records.forEach((r, i) => {
    if (!isObject(r)) {
      fail(`records.${i}`, "not an object");
      return;
    }
    if (typeof r.kind !== "string" || !KINDS.has(r.kind)) fail(`records.${i}.kind`, "not a kind of record");
    for (const key of ["id", "title", "subtitle", "text"])
      if (typeof r[key] !== "string") fail(`records.${i}.${key}`, "not a string");
    if (r.url !== undefined && typeof r.url !== "string") fail(`records.${i}.url`, "not a string");
    if (!Array.isArray(r.cues)) fail(`records.${i}.cues`, "not a list");
    if (r.aliases !== undefined && !Array.isArray(r.aliases)) fail(`records.${i}.aliases`, "not a list");
  });
  return json as SearchIndexData;
}
