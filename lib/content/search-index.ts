import { buildSearchIndex } from "../search/engine";
import type { SearchIndexData } from "../search/types";
import { type Content, siteRecords } from "./load";

/** The site's search index: every kind's records, built the way the browser and the CLI load it. */
export function buildSiteSearchIndex(content: Content): SearchIndexData {
  return buildSearchIndex(siteRecords(content));
}
