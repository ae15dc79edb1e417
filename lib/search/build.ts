import type { Content } from "../content/load";
import { resolveStep } from "../content/resolve-step";
import { buildSearchIndex } from "./engine";
import { docsRecords, glossaryRecords, listRecords } from "./records";
import type { IndexableRecord, SearchIndexData } from "./types";

/** Every record of the site, in a stable order: glossary senses first, then the other kinds. */
export function buildSiteSearchIndex(content: Content): SearchIndexData {
  return buildSearchIndex(siteRecords(content));
}

/** The records the site's index is built from (also what the benchmark hands every peer engine). */
export function siteRecords(content: Content): IndexableRecord[] {
  return [
    ...glossaryRecords(content.glossary),
    ...docsRecords(content.docsMap?.pages ?? [], content.links.termsByPage, content.glossary),
    ...listRecords(content.readingLists, (l) =>
      l.stages.flatMap((s) => s.steps.map((step) => resolveStep(step, content).title)),
    ),
  ];
}
