import type { Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Built once: content is trusted no more than user input, so raw HTML is dropped and the result sanitised.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize);

/** Markdown to a sanitised HTML syntax tree, at build time. */
export function renderMarkdown(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root;
}
