import { buildSearchIndex, splitSearchIndex } from "../search/engine";
import { buildShardedIndex } from "../search/shards";
import type { IndexableRecord, SearchIndexData } from "../search/types";
import { type Content, siteRecords } from "./load";

/**
 * Which records the browser's first index part holds: everything but docs pages (terms, error codes, cards and
 * lists: about 130 kB of the 300), so the first results come from a small file; docs pages follow.
 */
const inFirstSearchPart = (r: IndexableRecord): boolean => r.kind !== "doc";

/** Every kind's records in index order: the first part's, then the rest, as the browser loads them. */
function searchRecords(content: Content): IndexableRecord[] {
  const all = siteRecords(content);
  return [...all.filter(inFirstSearchPart), ...all.filter((r) => !inFirstSearchPart(r))];
}

/** The site's search index, whole, as the CLI and the checks load it. */
export function buildSiteSearchIndex(content: Content): SearchIndexData {
  return buildSearchIndex(searchRecords(content));
}

/**
 * Past this many records a build writes the sharded index too and the browser searches it (`--search-shards
 * auto`): below it the two parts are smaller than what a session of sharded queries fetches.
 */
export const SHARD_ABOVE = 5000;

/** Whether a build of this content searches a sharded index: `on`, `off`, or `auto` (past `SHARD_ABOVE`). */
export function searchesShards(content: Content, mode: "auto" | "on" | "off"): boolean {
  return mode === "on" || (mode === "auto" && siteRecords(content).length > SHARD_ABOVE);
}

/** The site's search index as a sharded index's files (path below `routes.searchShards` -> JSON). */
export function buildSiteShards(content: Content): Map<string, string> {
  return buildShardedIndex(searchRecords(content));
}

/** The site's search index in the two parts the browser downloads (`routes.searchIndex`, `searchIndexRest`). */
export function buildSiteSearchParts(content: Content): [SearchIndexData, SearchIndexData] {
  return splitSearchIndex(searchRecords(content), inFirstSearchPart);
}
