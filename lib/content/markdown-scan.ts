import type { Html, Link, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm);

export type BodyLink = { url: string; line: number; col: number };
export type BodyHtml = { value: string; line: number; col: number };

/** Links, raw HTML and tables in a Markdown body, with positions relative to the body (1-based). */
export function scanMarkdown(body: string): { links: BodyLink[]; html: BodyHtml[]; tables: number } {
  const tree = parser.parse(body) as Root;
  const links: BodyLink[] = [];
  const html: BodyHtml[] = [];
  let tables = 0;
  visit(tree, (node) => {
    if (node.type === "table") tables++;
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === "link" || node.type === "definition") {
      links.push({ url: (node as Link).url, line: start.line, col: start.column });
    } else if (node.type === "html") {
      html.push({ value: (node as Html).value, line: start.line, col: start.column });
    }
  });
  return { links, html, tables };
}
