import type { Content } from "../content/load";
import { resolveStep } from "../content/resolve-step";
import { buildSearchIndex } from "./engine";
import { docsRecords, glossaryRecords, listRecords } from "./records";
import type { SearchIndexData } from "./types";

/** Every record of the site, in a stable order: glossary senses first, then the other kinds. */
export function buildSiteSearchIndex(content: Content): SearchIndexData {
  return buildSearchIndex([
    ...glossaryRecords(content.glossary),
    ...docsRecords(content.docsMap?.pages ?? [], content.links.termsByPage, content.glossary),
    ...listRecords(content.readingLists, (l) =>
      l.stages.flatMap((s) => s.steps.map((step) => resolveStep(step, content).title)),
    ),
  ]);
}
