/**
 * The page's readable text, as sections the decoder reads one at a time (a section runs from one heading to
 * the next, so "the first mention per section" means what a reader sees), with where each text node sits.
 */

/** Never marked, never read: what the user types, what the page hides, what is not prose. */
const SKIP =
  "script,style,noscript,template,svg,math,canvas,iframe,input,textarea,select,button,option,[contenteditable]:not([contenteditable=false]),[aria-hidden=true],[hidden],nav,header,footer,.CodeMirror,.cm-editor,.monaco-editor,.ace_editor,mesh-atlas-card,mesh-atlas-mark";
/** Read for context, never marked: a link already leads somewhere, a heading is a label. */
const READ_ONLY = "a,h1,h2,h3,h4,h5,h6,summary";
const SECTION_START = "h1,h2,h3";
const BLOCK =
  "p,li,pre,td,th,dd,dt,blockquote,h1,h2,h3,h4,h5,h6,div,section,article,main,figcaption,summary,details,table,tr";
/** Where the content is: GitHub comments and many wikis use .markdown-body; docs sites use main or article. */
const ROOTS = [".markdown-body", "article", "main", "[role=main]"];

/** A page holds at most this much text for the decoder: a huge log page is read up to here. */
export const MAX_PAGE_CHARS = 400_000;

export type Piece = { node: Text; start: number; markable: boolean };
export type Section = { text: string; pieces: Piece[]; words: number };

export function contentRoots(doc: Document): Element[] {
  for (const sel of ROOTS) {
    const found = [...doc.querySelectorAll(sel)].filter((el) => !el.parentElement?.closest(sel));
    if (found.length > 0) return found;
  }
  return doc.body ? [doc.body] : [];
}

/** The sections of the text under `roots`, skipping text nodes already read (`done`). */
export function collectSections(roots: readonly Element[], done: WeakSet<Text>): Section[] {
  const sections: Section[] = [];
  let current: Section = { text: "", pieces: [], words: 0 };
  let lastBlock: Element | null = null;
  let total = 0;
  const flush = () => {
    if (current.pieces.some((p) => p.markable)) sections.push(current);
    current = { text: "", pieces: [], words: 0 };
    lastBlock = null;
  };
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const value = node.data;
      if (done.has(node) || !value.trim()) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(SKIP)) continue;
      done.add(node);
      const block = parent.closest(BLOCK);
      if (block !== lastBlock) {
        if (block?.matches(SECTION_START) && current.text) flush();
        // Blocks apart as paragraphs, so a sentence does not run on into the next list item.
        if (current.text) current.text += block?.closest("pre") ? "\n" : "\n\n";
        lastBlock = block;
      }
      if (total + value.length > MAX_PAGE_CHARS) break;
      current.pieces.push({ node, start: current.text.length, markable: !parent.closest(READ_ONLY) });
      current.text += value;
      current.words += value.split(/\s+/).filter(Boolean).length;
      total += value.length;
    }
    flush();
  }
  flush();
  return sections;
}

/** The piece holding [start, end) whole, or undefined when the span crosses nodes (`Virtual<b>Service</b>`). */
export function pieceAt(pieces: readonly Piece[], start: number, end: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pieces[mid]?.start ?? 0) <= start) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  return p && start >= p.start && end <= p.start + p.node.data.length ? p : undefined;
}
