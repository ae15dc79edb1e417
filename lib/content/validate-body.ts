import { PAGE_SEGMENTS } from "../routes";
import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import type { LinkTargets } from "./kind";
import { scanMarkdown } from "./markdown-scan";

const SAFE_SCHEMES = /^(https?:|mailto:)/i;
const SEGMENTS: ReadonlySet<string> = new Set(PAGE_SEGMENTS);

/** Why `id#anchor` is not a page (and anchor) of a segment's kind, or null when it is. */
export function checkTarget(targets: LinkTargets, segment: string, id: string, anchor?: string): string | null {
  const family = targets.get(segment);
  const anchors = family?.ids.get(id);
  if (anchors === undefined && family?.incomplete) return null;
  if (anchors === undefined) return `names "${id}", which is not ${family?.noun ?? `a ${segment} page`}`;
  if (anchors !== null && anchor !== undefined && anchor !== "" && !anchors.has(anchor)) {
    return `"${id}" has no sense "${anchor}" (senses: ${[...anchors].join(", ")})`;
  }
  return null;
}

/** Whether a segment has a page of that id, or could not be read well enough to say it has not. */
export function isTarget(targets: LinkTargets, segment: string, id: string): boolean {
  return checkTarget(targets, segment, id) === null;
}

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
  const [segment = "", id, ...rest] = pathname.split("/").filter(Boolean);
  if (!SEGMENTS.has(segment) || rest.length > 0) return `link "${url}" points at no page of this site`;
  if (id === undefined) return null;
  if (!targets.has(segment)) return `link "${url}" points at no page of this site`;
  const why = checkTarget(targets, segment, id, hash);
  if (why === null) return null;
  return why.startsWith("names") ? `link "${url}" ${why}` : `link "${url}": ${why}`;
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
