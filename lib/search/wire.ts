import { RECORD_KINDS } from "../kinds";
import { RECORD_FIELDS, SEARCH_INDEX_VERSION, type SearchIndexData } from "./types";

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
  for (const key of ["reference", "kindTerms", "useNames", "uses"])
    if (!Array.isArray(json[key])) fail(key, "not a list");
  if (!isObject(json.flex)) fail("flex", "not an object");
  for (const [key, chunk] of Object.entries(json.flex as Record<string, unknown>))
    if (!isObject(chunk) || !Array.isArray(chunk.ids)) fail(`flex.${key}`, "not a body index chunk");
  if (!isObject(json.records)) return fail("records", "not an object");
  const columns = json.records;
  for (const field of RECORD_FIELDS) if (!Array.isArray(columns[field])) fail(`records.${field}`, "not a list");
  const count = (columns.kind as unknown[]).length;
  for (const field of RECORD_FIELDS)
    if ((columns[field] as unknown[]).length !== count)
      fail(`records.${field}`, `${(columns[field] as unknown[]).length} values for ${count} records`);
  const column = (field: (typeof RECORD_FIELDS)[number]) => columns[field] as unknown[];
  for (let i = 0; i < count; i++) {
    const kind = column("kind")[i];
    if (typeof kind !== "string" || !KINDS.has(kind)) fail(`records.kind.${i}`, "not a kind of record");
    for (const field of ["id", "title", "subtitle", "text"] as const)
      if (typeof column(field)[i] !== "string") fail(`records.${field}.${i}`, "not a string");
    const url = column("url")[i];
    if (url !== null && typeof url !== "string") fail(`records.url.${i}`, "not a string");
    if (!Array.isArray(column("cues")[i])) fail(`records.cues.${i}`, "not a list");
    const aliases = column("aliases")[i];
    if (aliases !== null && !Array.isArray(aliases)) fail(`records.aliases.${i}`, "not a list");
  }
  return json as SearchIndexData;
}
