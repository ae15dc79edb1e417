import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import { scanMarkdown } from "./markdown-scan";

/** What a site-internal link in content may point at. Grows with each content kind. */
export type LinkTargets = {
  /** slug -> sense ids */
  glossary: Map<string, Set<string>>;
  compare: Set<string>;
  readingLists: Set<string>;
};

const PAGES = new Set(["", "glossary", "search", "compare", "crosswalk", "docs-map", "reading-lists", "decode"]);
const SAFE_SCHEMES = /^(https?:|mailto:)/i;

/** Why an internal or external link in content is broken, or null when it resolves. */
export function checkLink(url: string, targets: LinkTargets): string | null {
  const trimmed = url.trim();
  if (trimmed.startsWith("#")) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return SAFE_SCHEMES.test(trimmed)
      ? null
      : `link "${url}" uses a scheme that is not allowed (only https, http and mailto)`;
  }
  if (!trimmed.startsWith("/")) return `link "${url}" must be an absolute site path (starting with /) or a full URL`;
  const [pathAndQuery = "", hash] = trimmed.split("#", 2);
  const [pathname = ""] = pathAndQuery.split("?", 1);
  const parts = pathname.split("/").filter(Boolean);
  const [page = "", id, ...rest] = parts;
  if (!PAGES.has(page) || rest.length > 0) return `link "${url}" points at no page of this site`;
  if (id === undefined) return null;
  switch (page) {
    case "glossary": {
      const senses = targets.glossary.get(id);
      if (!senses) return `link "${url}" names "${id}", which is not a glossary entry`;
      if (hash !== undefined && hash !== "" && !senses.has(hash)) {
        return `link "${url}": "${id}" has no sense "${hash}" (senses: ${[...senses].join(", ")})`;
      }
      return null;
    }
    case "compare":
      return targets.compare.has(id) ? null : `link "${url}" names "${id}", which is not a comparison card`;
    case "reading-lists":
      return targets.readingLists.has(id) ? null : `link "${url}" names "${id}", which is not a reading list`;
    default:
      return `link "${url}" points at no page of this site`;
  }
}

/** Problems in a Markdown body: raw HTML, unsafe or broken links. Lines are file lines. */
export function checkBody(source: SourceFile, targets: LinkTargets): Problem[] {
  const { links, html } = scanMarkdown(source.body);
  const at = (line: number, col: number) => ({ file: source.file, line: source.bodyLine + line - 1, col });
  const problems: Problem[] = html.map((h) => ({
    ...at(h.line, h.col),
    message: `raw HTML is not allowed in content (found ${JSON.stringify(h.value.slice(0, 40))}); use Markdown`,
  }));
  for (const link of links) {
    const why = checkLink(link.url, targets);
    if (why) problems.push({ ...at(link.line, link.col), message: why });
  }
  return problems;
}
