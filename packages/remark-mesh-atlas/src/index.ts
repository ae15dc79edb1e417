import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Parent, Root, RootContent, Text } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { type DecoderData, parseDecoderData } from "../../../lib/decoder/data";
import { type Annotation, createDecoder } from "../../../lib/decoder/decode";
import { AMBIGUOUS_BELOW, lintWikiTree, positions } from "../../../lib/decoder/lint-wiki";
import { routes } from "../../../lib/routes";
import { lowerBoundNumber } from "../../../lib/text/bisect";

const NAME = "remark-mesh-atlas";

/**
 * Decoder data as a Mesh Atlas site ships it (`/decoder.json`). Typed loosely on purpose: it is checked against
 * its schema when the plugin is set up, so a file of another version fails with what is wrong.
 */
export type DecoderDataJson = { version: number; [field: string]: unknown };

/** Options of `remarkMeshAtlas`. */
export type Options = {
  /**
   * The Mesh Atlas site the links point at: its absolute http(s) URL including any base path, e.g.
   * `https://atlas.example.com/mesh-atlas/`. Required.
   */
  site: string;
  /**
   * The glossary to read with: decoder data (what a site's `/decoder.json` holds), or the path or `file:` URL of
   * a `decoder.json`. Read once, when the plugin is set up. Default: the `decoder.json` built next to the plugin
   * (`npm run build:plugin`), so use the `decoder.json` of the site you link to when it has team terms.
   */
  data?: DecoderDataJson | string | URL;
  /** Link the first mention of each term in a document to the sense the decoder reads there. Default `true`. */
  link?: boolean;
  /**
   * Report overloaded words a reader cannot place, as messages on the file (the rules of `npm run lint-wiki`):
   * bare mentions the decoder is unsure of (`ambiguous`) and links to one sense where the text means another
   * (`wrong-sense`), each with the URL of the sense it reads. Default `false`.
   */
  lint?: boolean;
  /**
   * Mentions read with less confidence than this (0 to 1) are not linked, and the next mention of the term gets
   * its chance: a wrong link is worse than none. Default `0.75`, the threshold below which the lint calls a
   * mention ambiguous.
   */
  minConfidence?: number;
  /** Which terms to link: every glossary term (`"all"`), or only the overloaded ones. Default `"all"`. */
  terms?: "all" | "overloaded";
};

type Settings = {
  site: URL;
  data: DecoderData;
  link: boolean;
  lint: boolean;
  minConfidence: number;
  terms: "all" | "overloaded";
};

/**
 * Links the first mention of each Mesh Atlas glossary term in a document to its sense on `site`, the sense
 * chosen by the decoder from the words around it; with `lint`, reports the words a reader cannot place.
 */
const remarkMeshAtlas: Plugin<[Options], Root> = (options) => {
  const settings = readOptions(options);
  const decode = createDecoder(settings.data);
  const linkable = settings.terms === "overloaded" ? new Set(settings.data.overloaded) : null;
  return (tree, file) => {
    // Parsers count offsets after a byte order mark, so the decoder must read the text without it too.
    const source = String(file).replace(/^\uFEFF/, "");
    // The whole document at once: a mention's sense depends on the words and commands around it.
    const annotations = decode(source);
    if (settings.lint) {
      for (const f of lintWikiTree(tree, source, annotations, settings.data)) {
        const url = siteLink(settings.site, f.suggestion);
        const message = file.message(`${f.message} -> ${url}`, {
          place: { line: f.line, column: f.col },
          ruleId: f.rule,
          source: NAME,
        });
        message.expected = [url];
      }
    }
    if (settings.link) {
      const wanted = annotations.filter(
        (a) => a.confidence >= settings.minConfidence && (linkable === null || linkable.has(a.term)),
      );
      linkFirstMentions(tree, source, wanted, settings);
    }
  };
};

export default remarkMeshAtlas;

/** Checks every option up front, so a misconfigured site build stops at once with the option named. */
function readOptions(options: Options | undefined): Settings {
  if (typeof options !== "object" || options === null)
    throw new Error(`${NAME}: options are required, at least \`site\` (e.g. { site: "https://atlas.example.com/" })`);
  const minConfidence = options.minConfidence ?? AMBIGUOUS_BELOW;
  if (typeof minConfidence !== "number" || !(minConfidence >= 0 && minConfidence <= 1))
    throw new Error(`${NAME}: \`minConfidence\` must be a number from 0 to 1; got ${String(minConfidence)}`);
  const terms = options.terms ?? "all";
  if (terms !== "all" && terms !== "overloaded")
    throw new Error(`${NAME}: \`terms\` must be "all" or "overloaded"; got ${JSON.stringify(terms)}`);
  return {
    site: siteUrl(options.site),
    data: loadData(options.data),
    link: options.link ?? true,
    lint: options.lint ?? false,
    minConfidence,
    terms,
  };
}

function siteUrl(site: unknown): URL {
  const example = "e.g. https://atlas.example.com/mesh-atlas/";
  if (typeof site !== "string" || site.trim() === "")
    throw new Error(
      `${NAME}: the \`site\` option is required: your Mesh Atlas site's URL with its base path (${example})`,
    );
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`${NAME}: \`site\` must be an absolute http(s) URL (${example}); got ${JSON.stringify(site)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`${NAME}: \`site\` must be an absolute http(s) URL (${example}); got ${JSON.stringify(site)}`);
  if (url.search || url.hash)
    throw new Error(`${NAME}: \`site\` must not have a query or fragment; got ${JSON.stringify(site)}`);
  // Without the slash, a base path's last segment would be replaced by `glossary/` when links are resolved.
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/** A site path (`/glossary/cluster/#envoy`) as an absolute URL below the site's base path. */
function siteLink(site: URL, sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ""), site).href;
}

function loadData(data: Options["data"]): DecoderData {
  if (typeof data === "object" && !(data instanceof URL)) return parseDecoderData(data, `${NAME}: the \`data\` option`);
  // Built by scripts/build-plugin.ts beside the bundle; from the sources (tests) there is none, and data is given.
  const file = data ?? new URL("./decoder.json", import.meta.url);
  const from = typeof file === "string" && !file.startsWith("file:") ? path.resolve(file) : fileURLToPath(file);
  let text: string;
  try {
    text = readFileSync(from, "utf8");
  } catch (error) {
    throw new Error(
      data === undefined
        ? `${NAME}: no \`data\` option and no decoder.json beside the plugin (${from}): pass \`data\`, or build the plugin with npm run build:plugin`
        : `${NAME}: cannot read the \`data\` file ${from}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${NAME}: ${from} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseDecoderData(json, `${NAME}: ${from}`);
}

/** Where links must not go: links and headings of their own, code, raw HTML, front matter, MDX code. */
const NO_LINKS_INSIDE = new Set([
  "link",
  "linkReference",
  "definition",
  "heading",
  "code",
  "inlineCode",
  "html",
  "image",
  "imageReference",
  // Rendered at the end of the page: the first mention a reader meets is in the body.
  "footnoteDefinition",
  // Struck-out text is what the page no longer says.
  "delete",
  "yaml",
  "toml",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
]);

type Slot = { node: Text; parent: Parent; start: number; end: number };
/** unist's Point, reached through mdast (whose package the repository declares). */
type Point = NonNullable<Text["position"]>["start"];

/**
 * Replaces the first qualifying mention of each term with a link to its sense. A mention qualifies when it is in
 * prose (see NO_LINKS_INSIDE), its text node can be lined up with the source, and the document does not already
 * link the term to the site.
 */
function linkFirstMentions(tree: Root, source: string, annotations: Annotation[], settings: Settings): void {
  const linked = new Set<string>();
  const slots: Slot[] = [];
  visit(tree, (node, index, parent) => {
    if (node.type === "link" || node.type === "definition") {
      const slug = glossarySlugOf(node.url, settings.site);
      if (slug) linked.add(slug);
    }
    if (NO_LINKS_INSIDE.has(node.type)) return SKIP;
    // A table's first row is its header and an admonition's label is its title: labels, like headings.
    if (node.type === "tableRow" && index === 0) return SKIP;
    if (node.type === "paragraph" && (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel)
      return SKIP;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === "text" && parent && start !== undefined && end !== undefined)
      slots.push({ node, parent, start, end });
    return undefined;
  });
  // Source order, which a tree walk gives for parsed nodes; a plugin that moved nodes could change it.
  slots.sort((a, b) => a.start - b.start);
  const starts = slots.map((s) => s.start);
  const alignments = new Map<Slot, Alignment | null>();
  const chosen = new Map<Slot, { at: number; annotation: Annotation }[]>();
  for (const a of annotations) {
    if (linked.has(a.term)) continue;
    const slot = slots[lowerBoundNumber(starts, a.start + 1) - 1];
    if (!slot || a.end > slot.end) continue;
    let alignment = alignments.get(slot);
    if (alignment === undefined) {
      alignment = align(slot.node.value, source, slot.start, slot.end);
      alignments.set(slot, alignment);
    }
    const at = alignment?.at;
    const i = at ? lowerBoundNumber(at, a.start) : -1;
    const length = a.end - a.start;
    if (!at || at[i] !== a.start || at[i + length - 1] !== a.end - 1) continue;
    if (slot.node.value.slice(i, i + length) !== a.surface) continue;
    linked.add(a.term);
    const marks = chosen.get(slot) ?? [];
    marks.push({ at: i, annotation: a });
    chosen.set(slot, marks);
  }
  const point = positions(source);
  const pointAt = (offset: number): Point => {
    const { line, col } = point(offset);
    return { line, column: col, offset };
  };
  for (const [slot, marks] of chosen) {
    const { at, from: sourceFrom } = alignments.get(slot) ?? { at: [], from: [] };
    const value = slot.node.value;
    const span = (from: number, to: number) => ({
      start: pointAt(sourceFrom[from] ?? slot.start),
      end: pointAt((at[to - 1] ?? slot.end - 1) + 1),
    });
    const parts: RootContent[] = [];
    let from = 0;
    // In text order already: annotations come in text order.
    for (const { at: i, annotation: a } of marks) {
      if (i > from) parts.push({ type: "text", value: value.slice(from, i), position: span(from, i) });
      const end = i + a.surface.length;
      parts.push({
        type: "link",
        url: siteLink(settings.site, routes.term(a.term, a.sense)),
        title: senseTitle(settings.data, a),
        children: [{ type: "text", value: a.surface, position: span(i, end) }],
        position: span(i, end),
      });
      from = end;
    }
    if (from < value.length) parts.push({ type: "text", value: value.slice(from), position: span(from, value.length) });
    slot.parent.children.splice(slot.parent.children.indexOf(slot.node), 1, ...parts);
  }
}

/** `"<sense label>: <sense short>"`, what a reader sees on hovering the link. */
function senseTitle(data: DecoderData, a: Annotation): string | null {
  const sense = data.terms.find((t) => t.slug === a.term)?.senses.find((s) => s.id === a.sense);
  return sense ? `${sense.label}: ${sense.short}` : null;
}

/** The glossary slug an absolute link to the site points at, if any: the document already links that term. */
function glossarySlugOf(url: string, site: URL): string | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    // Relative: a page of the documents' own site, not of the atlas.
    return undefined;
  }
  const prefix = `${site.pathname}glossary/`;
  if (target.origin !== site.origin || !target.pathname.startsWith(prefix)) return undefined;
  return /^([a-z0-9-]+)(?:\/|$)/.exec(target.pathname.slice(prefix.length))?.[1];
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;

/** Per character of a text node's value: where it stands in the source, and where its source text starts. */
type Alignment = { at: number[]; from: number[] };

/**
 * Where each character of a text node's value stands in the source (for an escaped character, the character
 * after the backslash, which the decoder matched; `from` has the backslash), or null when the two cannot be lined
 * up for sure. What parsing drops is allowed for: blockquote markers and indentation at line starts, spaces before a
 * line end, backslash escapes. Anything else (character references such as `&amp;`) leaves the node unlinked
 * rather than guessed at.
 */
function align(value: string, source: string, start: number, end: number): Alignment | null {
  const at: number[] = [];
  const from: number[] = [];
  let j = start;
  let lineStart = false;
  for (let i = 0; i < value.length; ) {
    const c = value[i] as string;
    const s = source[j];
    if (j >= end || s === undefined) return null;
    if (s === c) {
      at.push(j);
      from.push(j);
      i++;
      j++;
      lineStart = c === "\n";
    } else if (s === "\\" && source[j + 1] === c && ASCII_PUNCTUATION.test(c)) {
      at.push(j + 1);
      from.push(j);
      i++;
      j += 2;
      lineStart = false;
    } else if ((s === " " || s === "\t") && (c === "\n" || c === "\r")) {
      j++;
    } else if (lineStart && (s === " " || s === "\t" || s === ">")) {
      j++;
    } else {
      return null;
    }
  }
  while (j < end && /\s/.test(source[j] ?? "")) j++;
  return j === end ? { at, from } : null;
}
