import * as z from "zod";
import type { DocsNode } from "./load";

/**
 * What the docs map's filter matches on, per page: its title, headings, keywords, summary and questions in
 * lower case. It is fetched when the filter is first used, so the map's pages do not carry it in their HTML.
 */
export const docsFilterDataSchema = z.object({
  version: z.literal(1),
  /** [docs path, text to match] in docs order. */
  pages: z.array(z.tuple([z.string(), z.string()])),
});
export type DocsFilterData = z.infer<typeof docsFilterDataSchema>;

export function buildDocsFilterData(pages: readonly DocsNode[]): DocsFilterData {
  return {
    version: 1,
    pages: pages
      .filter((p) => p.path !== "")
      .map((p) => [
        p.path,
        [p.title, p.linktitle ?? "", ...p.headings.map((h) => h.text), ...p.keywords, p.summary ?? "", ...p.answers]
          .filter(Boolean)
          .join(" | ")
          .toLowerCase(),
      ]),
  };
}
