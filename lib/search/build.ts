import type { Content } from "../content/load";
import { buildSearchIndex } from "./engine";
import { docsRecords, glossaryRecords } from "./records";
import type { SearchIndexData } from "./types";

/** Every record of the site, in a stable order: glossary senses first, then the other kinds. */
export function buildSiteSearchIndex(content: Content): SearchIndexData {
  return buildSearchIndex([
    ...glossaryRecords(content.glossary),
    ...docsRecords(content.docsMap?.pages ?? [], content.links.termsByPage, content.glossary),
  ]);
}
