import type { Link, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { routes } from "../routes";
import { lowerBoundNumber } from "../text/bisect";
import type { DecoderData } from "./data";
import type { Annotation } from "./decode";

export type WikiFinding = {
  line: number;
  col: number;
  /** `ambiguous`: a bare mention the decoder is unsure of; `wrong-sense`: a link to another sense than the text's. */
  rule: "ambiguous" | "wrong-sense";
  message: string;
  suggestion: string;
};

// Made on first use, so a bundle that lints trees it was given (the remark plugin) leaves the parser out.
let parser: ReturnType<typeof markdownParser> | undefined;
const markdownParser = () => unified().use(remarkParse).use(remarkGfm);
/**
 * Below this the decoder is not sure enough for a reader either: the wiki should say which sense (and the remark
 * plugin links nothing).
 */
export const AMBIGUOUS_BELOW = 0.75;
/** A link to one sense where the text reads as another with at least this confidence is likely a misread. */
const MISREAD_ABOVE = 0.8;

/**
 * Line and column (1-based) of offsets in `text`. The line starts are found once per page: scanning the text
 * before each finding made the time for a long page with many findings grow with the square of its length.
 */
export function positions(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    // The last line start at or before the offset.
    const lo = Math.max(0, lowerBoundNumber(starts, offset + 1) - 1);
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** Nodes whose text is not prose: front matter and MDX code only occur in trees parsed with their plugins. */
const NOT_PROSE = new Set([
  "code",
  "inlineCode",
  "html",
  "heading",
  "yaml",
  "toml",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
]);

/**
 * Overloaded words in a wiki page that a reader cannot place: bare mentions the decoder is unsure of, and
 * links to one sense where the surrounding text clearly means another.
 */
export function lintWikiPage(text: string, decode: (t: string) => Annotation[], data: DecoderData): WikiFinding[] {
  parser ??= markdownParser();
  return lintWikiTree(parser.parse(text), text, decode(text), data);
}

/**
 * `lintWikiPage` over a tree already parsed from `text` (offsets into it) and the text's annotations: what a
 * remark plugin has in hand, whatever syntax extensions its pipeline parsed with.
 */
export function lintWikiTree(tree: Root, text: string, annotations: Annotation[], data: DecoderData): WikiFinding[] {
  const overloaded = new Set(data.overloaded);
  const excluded: [number, number][] = [];
  const links: { start: number; end: number; url: string }[] = [];
  visit(tree, (node) => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) return;
    if (NOT_PROSE.has(node.type)) excluded.push([s, e]);
    if (node.type === "link") links.push({ start: s, end: e, url: (node as Link).url });
  });
  const label = (slug: string, sense: string) =>
    data.terms.find((t) => t.slug === slug)?.senses.find((x) => x.id === sense)?.label ?? sense;
  const position = positions(text);
  const findings: WikiFinding[] = [];
  for (const a of annotations) {
    if (!overloaded.has(a.term) || excluded.some(([s, e]) => a.start >= s && a.start < e)) continue;
    const link = links.find((l) => a.start >= l.start && a.end <= l.end);
    const url = routes.term(a.term, a.sense);
    if (link) {
      const m = /\/glossary\/([a-z0-9-]+)\/?#([a-z0-9-]+)/.exec(link.url);
      if (m && m[1] === a.term && m[2] !== a.sense && a.confidence >= MISREAD_ABOVE) {
        findings.push({
          ...position(a.start),
          rule: "wrong-sense",
          message: `"${a.surface}" links to ${label(a.term, m[2] ?? "")} but the text reads as ${label(a.term, a.sense)} (${Math.round(a.confidence * 100)}%: ${a.reason})`,
          suggestion: url,
        });
      }
      continue;
    }
    if (a.confidence < AMBIGUOUS_BELOW) {
      const options = [{ sense: a.sense, confidence: a.confidence }, ...a.alternatives]
        .slice(0, 3)
        .map((o) => `${label(a.term, o.sense)} ${Math.round(o.confidence * 100)}%`)
        .join(", ");
      findings.push({
        ...position(a.start),
        rule: "ambiguous",
        message: `"${a.surface}" is ambiguous here (${options}); link the sense you mean`,
        suggestion: url,
      });
    }
  }
  return findings;
}
