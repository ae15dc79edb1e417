import type { Link, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { visitParents } from "unist-util-visit-parents";
import { chooseSenses } from "../decoder/choose";
import type { DecoderData } from "../decoder/data";
import type { Matcher } from "../decoder/matcher";
import { routes } from "../routes";

export type GlossaryLinkOptions = {
  data: DecoderData;
  match: Matcher;
  /** The page's own term: never linked to itself. */
  ownSlug?: string;
  /**
   * Senses (`slug#sense`) already linked earlier on the page, when a page renders many short texts (the docs
   * map's summaries): each sense is linked, with its card, once per page. Senses linked here are added.
   */
  seen?: Set<string>;
  /**
   * Which links carry their sense's card: `every` (default), or `overloaded`, only links to a term with more than
   * one sense, where the card says which is meant. A page of many short texts (the docs map's summaries) ships the
   * others as plain links to the term.
   */
  cards?: "every" | "overloaded";
};

/** Nodes whose text is never turned into a link: code, existing links, headings, images. */
const SKIP = new Set(["code", "inlineCode", "link", "linkReference", "heading", "image", "definition"]);

/**
 * Links the first mention of each glossary term in prose to the sense the surrounding text means, with the
 * sense's label and short definition as the link title (shown as a hover card by the renderer).
 */
export const remarkGlossaryLinks: Plugin<[GlossaryLinkOptions], Root> =
  ({ data, match, ownSlug, seen, cards = "every" }) =>
  (tree) => {
    // The whole document is the decoder's context; only plain prose text nodes may receive links.
    let full = "";
    const segments: { node: Text; offset: number; eligible: boolean }[] = [];
    visitParents(tree, (node, ancestors) => {
      if (node.type !== "text" && node.type !== "inlineCode" && node.type !== "code") return;
      const eligible = node.type === "text" && !ancestors.some((a) => SKIP.has(a.type));
      if (node.type === "text") segments.push({ node, offset: full.length, eligible });
      full += `${node.value}\n`;
    });
    const mentions = match(full).filter((m) =>
      segments.some((s) => s.eligible && m.start >= s.offset && m.end <= s.offset + s.node.value.length),
    );
    const linked = new Set<string>(ownSlug ? [ownSlug] : []);
    const firsts = chooseSenses(full, mentions, data).filter((a) => {
      if (linked.has(a.term)) return false;
      linked.add(a.term);
      const key = `${a.term}#${a.sense}`;
      if (seen?.has(key)) return false;
      seen?.add(key);
      return true;
    });
    // Split text nodes from the last mention backwards so earlier offsets stay valid.
    for (const a of [...firsts].reverse()) {
      const seg = segments.find((s) => a.start >= s.offset && a.end <= s.offset + s.node.value.length);
      if (!seg) continue;
      const term = data.terms.find((t) => t.slug === a.term);
      const sense = term?.senses.find((s) => s.id === a.sense);
      if (!term || !sense) continue;
      const from = a.start - seg.offset;
      const to = a.end - seg.offset;
      const value = seg.node.value;
      const link: Link = {
        type: "link",
        url: routes.term(a.term, a.sense),
        title:
          cards === "every" || term.senses.length > 1 ? `${cardHeading(term.term, sense.label)}: ${sense.short}` : null,
        children: [{ type: "text", value: value.slice(from, to) }],
      };
      // The node keeps the text before the mention, so an earlier mention in it still finds its offsets.
      insertAfter(tree, seg.node, [
        link,
        ...(to < value.length ? [{ type: "text" as const, value: value.slice(to) }] : []),
      ]);
      seg.node.value = value.slice(0, from);
    }
  };

function insertAfter(tree: Root, target: Text, nodes: (Text | Link)[]): void {
  visitParents(tree, "text", (node, ancestors) => {
    if (node !== target) return;
    const parent = ancestors[ancestors.length - 1];
    if (!parent || !("children" in parent)) return;
    const index = (parent.children as unknown[]).indexOf(node);
    (parent.children as unknown[]).splice(index + 1, 0, ...nodes);
    return false;
  });
}

/** A card's heading: the sense's label, after the term's name unless the label already says it. */
export function cardHeading(term: string, label: string): string {
  return label.toLowerCase().includes(term.toLowerCase()) ? label : `${term} (${label})`;
}
