import { loadCollection } from "./collection";
import type { Problem } from "./problems";
import { type GlossaryFrontMatter, glossaryFrontMatterSchema } from "./schema";
import type { SourceFile } from "./source-file";

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
