import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import { type GlossaryFrontMatter, glossaryFrontMatterSchema } from "./schema";

export type GlossaryEntry = GlossaryFrontMatter & {
  slug: string;
  body: string;
  /** Path of the source file, relative to the working directory, for "edit this page" and errors. */
  file: string;
};

export type LoadedGlossary = {
  entries: GlossaryEntry[];
  sources: Map<string, SourceFile>;
  problems: Problem[];
};

export function loadGlossary(root: string): LoadedGlossary {
  const { items, problems } = loadCollection(root, "glossary", glossaryFrontMatterSchema);
  const sources = new Map<string, SourceFile>();
  const entries = items.map(({ slug, data, source }) => {
    sources.set(slug, source);
    if (data.slug !== undefined && data.slug !== slug) {
      problems.push({
        file: source.file,
        ...source.locate(["slug"]),
        message: `\`slug\` is "${data.slug}" but the file name says "${slug}"`,
      });
    }
    return { ...data, slug, body: source.body, file: source.file };
  });
  return { entries, sources, problems };
}
