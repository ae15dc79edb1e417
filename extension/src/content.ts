import { type Card, createCard } from "./card";
import { collectSections, contentRoots, pieceAt, type Section } from "./collect";
import { coveredByDefault } from "./hosts";
import { firstMentions } from "./marks";
import { darkAround } from "./page-theme";
import type { MarkInfo, ReadResponse, Request } from "./protocol";
import { readSettings, SETTINGS_KEYS, type Settings } from "./settings";

/**
 * The content script: collects the page's text, has the background read it, and wraps each chosen word in a
 * <mesh-atlas-mark> that opens the sense's card on hover, focus or click. Injected by the manifest on the
 * default hosts, by registration on the user's, or once by the popup's "Mark terms on this page".
 */

type State = {
  settings: Settings;
  marks: Map<HTMLElement, MarkInfo>;
  done: WeakSet<Text>;
  card: Card | null;
  observer: MutationObserver | null;
  running: boolean;
  /** Marked because the user asked on this page (the popup), not because the site is covered. */
  forced: boolean;
};

declare global {
  // The isolated world keeps its globals between injections: a second injection must not annotate twice.
  var meshAtlasState: State | undefined;
  /** Set by the popup just before it injects this script into a page the user asked to have marked. */
  var meshAtlasForced: boolean | undefined;
}

const HOVER_DELAY_MS = 200;
const LEAVE_DELAY_MS = 300;
const MUTATION_DEBOUNCE_MS = 400;

const host = location.hostname;

if (!globalThis.meshAtlasState) {
  const state: State = {
    settings: readSettings({}, MESH_ATLAS_BUILD),
    marks: new Map(),
    done: new WeakSet(),
    card: null,
    observer: null,
    running: false,
    forced: globalThis.meshAtlasForced === true,
  };
  globalThis.meshAtlasState = state;
  chrome.storage.sync.get([...SETTINGS_KEYS]).then((stored) => {
    state.settings = readSettings(stored, MESH_ATLAS_BUILD);
    if (!state.settings.off.includes(host)) void annotate(state);
  });
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync") return;
    const before = state.settings;
    chrome.storage.sync.get([...SETTINGS_KEYS]).then((stored) => {
      state.settings = readSettings(stored, MESH_ATLAS_BUILD);
      const wasOn = !before.off.includes(host);
      const isOn = !state.settings.off.includes(host);
      if (wasOn && (!isOn || "mentions" in changes)) clear(state);
      if (isOn && (!wasOn || "mentions" in changes)) void annotate(state);
    });
  });
} else if (globalThis.meshAtlasForced) {
  globalThis.meshAtlasState.forced = true;
  if (globalThis.meshAtlasState.marks.size === 0) void annotate(globalThis.meshAtlasState);
} else if (globalThis.meshAtlasState.marks.size === 0) {
  // Injected again by the popup after the user switched this site off and on: mark the page now.
  void annotate(globalThis.meshAtlasState);
}

async function annotate(state: State): Promise<void> {
  if (state.running) return;
  state.running = true;
  // Marks the page has since dropped (a single-page site swapped its content) are forgotten.
  for (const el of state.marks.keys()) if (!el.isConnected) state.marks.delete(el);
  try {
    let t0 = performance.now();
    const sections = collectSections(contentRoots(document), state.done);
    let mainThreadMs = performance.now() - t0;
    if (sections.length === 0) return;
    const request: Request = { type: "read", texts: sections.map((s) => s.text) };
    const res = (await chrome.runtime.sendMessage(request)) as ReadResponse | undefined;
    if (!res?.ok) {
      console.warn(`Mesh Atlas could not read this page: ${res?.error ?? "no answer from the extension"}`);
      return;
    }
    t0 = performance.now();
    state.observer?.disconnect();
    const dark = darkAround(document.body);
    let count = 0;
    sections.forEach((section, i) => {
      const all = res.marks[i] ?? [];
      // Only marks the page can show count as a first mention: not the heading above it, not a link.
      const shown = all.filter((m) => pieceAt(section.pieces, m.start, m.end)?.markable);
      count += wrap(state, section, state.settings.mentions === "first" ? firstMentions(shown) : shown, dark);
    });
    if (!state.card && state.marks.size > 0) state.card = listen(state);
    watch(state);
    mainThreadMs += performance.now() - t0;
    const words = sections.reduce((n, s) => n + s.words, 0);
    const stats: Request = { type: "stats", marks: count, mainThreadMs, readMs: res.readMs, words };
    void chrome.runtime.sendMessage(stats);
  } finally {
    state.running = false;
  }
}

/** Wraps each mark's text in place: split the text node around it, never anything else on the page. */
function wrap(state: State, section: Section, marks: readonly MarkInfo[], dark: boolean): number {
  let count = 0;
  // Last first, so a split never moves the offsets of marks still to wrap in the same node.
  for (const m of [...marks].sort((a, b) => b.start - a.start)) {
    const piece = pieceAt(section.pieces, m.start, m.end);
    if (!piece) continue;
    const at = m.start - piece.start;
    const word = at > 0 ? piece.node.splitText(at) : piece.node;
    const rest = word.splitText(m.end - m.start);
    state.done.add(word).add(rest);
    const el = document.createElement("mesh-atlas-mark");
    el.dataset.context = m.context;
    if (dark) el.dataset.dark = "";
    if (m.unsure) el.dataset.unsure = "";
    el.tabIndex = 0;
    el.setAttribute("role", "button");
    el.setAttribute("aria-expanded", "false");
    el.setAttribute("aria-description", `Mesh Atlas: ${m.label}`);
    word.replaceWith(el);
    el.append(word);
    state.marks.set(el, m);
    count++;
  }
  return count;
}

/** Takes every mark out again, leaving the page's text as it was. */
function clear(state: State): void {
  state.observer?.disconnect();
  state.observer = null;
  state.card?.remove();
  state.card = null;
  for (const el of state.marks.keys()) {
    const parent = el.parentNode;
    el.replaceWith(...el.childNodes);
    parent?.normalize();
  }
  state.marks.clear();
  state.done = new WeakSet();
}

/** Hover, focus and keys on the marks (one set of listeners on the document, not one per mark). */
function listen(state: State): Card {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
  const card = createCard(document, () => later(() => card.hide(), LEAVE_DELAY_MS));
  const markOf = (t: EventTarget | null) =>
    t instanceof Element ? (t.closest("mesh-atlas-mark") as HTMLElement | null) : null;
  const open = (mark: HTMLElement, focusLink: boolean) => {
    const info = state.marks.get(mark);
    if (info) card.show(mark, info, state.settings.siteUrl, focusLink);
  };
  document.addEventListener("mouseover", (e) => {
    const mark = markOf(e.target);
    if (mark) later(() => open(mark, false), HOVER_DELAY_MS);
    else if (card.contains(e.target as Node)) clearTimeout(timer);
    else if (card.openFor) later(() => card.hide(), LEAVE_DELAY_MS);
    else clearTimeout(timer);
  });
  document.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (mark) open(mark, false);
    else if (!card.contains(e.target as Node)) card.hide();
  });
  document.addEventListener("click", (e) => {
    const mark = markOf(e.target);
    if (mark) {
      if (card.openFor === mark) card.hide();
      else open(mark, false);
    } else if (!card.contains(e.target as Node)) card.hide();
  });
  document.addEventListener("keydown", (e) => {
    const mark = markOf(e.target);
    if (mark && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      open(mark, true);
    } else if (e.key === "Escape" && card.openFor) {
      const was = card.openFor;
      card.hide();
      if (mark) was.focus();
    }
  });
  return card;
}

/** Pages that load more text later (a GitHub thread, a wiki's lazy sections) get it marked as it arrives. */
function watch(state: State): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  state.observer ??= new MutationObserver((records) => {
    const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 || n.nodeType === 3));
    if (!added) return;
    // A single-page site (GitHub) moves to other addresses without a page load: a page the extension does not
    // cover (another repository) is left alone, unless the user asked for this one.
    if (!state.forced && !coveredByDefault(location.href, [...MESH_ATLAS_BUILD.hosts, ...state.settings.hosts])) return;
    clearTimeout(timer);
    timer = setTimeout(() => void annotate(state), MUTATION_DEBOUNCE_MS);
  });
  // The whole document: such sites swap <body> itself when they move to another page.
  state.observer.observe(document.documentElement, { childList: true, subtree: true });
}
