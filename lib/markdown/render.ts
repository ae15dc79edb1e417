import type { Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { DecoderData } from "../decoder/data";
import { createMatcher, type Matcher } from "../decoder/matcher";
import { type GlossaryLinkOptions, remarkGlossaryLinks } from "./remark-glossary-links";

// Built once: content is trusted no more than user input, so raw HTML is dropped and the result sanitised.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize);

export type GlossaryLinking = Omit<GlossaryLinkOptions, "match">;

const matchers = new WeakMap<DecoderData, Matcher>();

/** Markdown to a sanitised HTML syntax tree, at build time; with `glossary`, first mentions link to their sense. */
export function renderMarkdown(markdown: string, glossary?: GlossaryLinking): Root {
  const mdast = processor.parse(markdown);
  if (glossary) {
    let match = matchers.get(glossary.data);
    if (!match) {
      match = createMatcher(glossary.data);
      matchers.set(glossary.data, match);
    }
    unified()
      .use(remarkGlossaryLinks, { ...glossary, match })
      .runSync(mdast);
  }
  return processor.runSync(mdast) as Root;
}
