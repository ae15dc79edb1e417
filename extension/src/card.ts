import { CONTEXT_LABEL } from "../../lib/context-labels";
import { darkAround } from "./page-theme";
import type { MarkInfo } from "./protocol";
import { siteLink } from "./settings";

/**
 * The card a mark opens: one element for the page, in the top layer (a popover) so the page's layout, stacking
 * and overflow never change, its styles in a shadow root (a constructed sheet, which a strict CSP allows) so the
 * page's CSS cannot reach in and ours cannot leak out.
 */

const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(22rem, calc(100vw - 16px)); padding: 12px 14px; border-radius: 8px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  overflow-wrap: anywhere;
  background: #ffffff; color: #1f2933; border: 1px solid #cbd2d9; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
}
.card[data-theme="dark"] { background: #1b2028; color: #e4e7eb; border-color: #3e4c59; box-shadow: 0 6px 24px rgb(0 0 0 / 0.5); }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin: 0 0 4px; }
.label { font-weight: 650; font-size: 15px; }
.ctx { font-size: 12px; padding: 0 6px; border-radius: 999px; border: 1px solid currentColor; color: var(--c); }
.unsure { font-size: 12px; color: #9a5b00; }
.card[data-theme="dark"] .unsure { color: #f7c948; }
p { margin: 4px 0; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; }
.why { font-size: 13px; opacity: 0.85; }
ul { margin: 4px 0 0; padding-inline-start: 18px; font-size: 13px; }
a { color: #1a56db; font-weight: 600; }
.card[data-theme="dark"] a { color: #93b4ff; }
a:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; border-radius: 2px; }
.foot { margin-top: 8px; display: flex; justify-content: space-between; gap: 8px; font-size: 13px; }
.brand { opacity: 0.7; }
`;

/** The site's names for contexts, and one for error codes, which have no context. */
const CONTEXT_NAMES: Record<MarkInfo["context"], string> = { ...CONTEXT_LABEL, error: "Error code" };

export type Card = {
  show(mark: HTMLElement, info: MarkInfo, siteUrl: string, focusLink: boolean): void;
  hide(): void;
  /** The mark the card is open for, if any. */
  readonly openFor: HTMLElement | null;
  contains(node: Node | null): boolean;
  remove(): void;
};

export function createCard(doc: Document, onLeave: () => void): Card {
  const host = doc.createElement("mesh-atlas-card");
  const shadow = host.attachShadow({ mode: "open" });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const box = doc.createElement("div");
  box.className = "card";
  box.setAttribute("role", "dialog");
  shadow.append(box);
  const popover = typeof host.showPopover === "function";
  if (popover) host.popover = "manual";
  host.hidden = true;
  doc.documentElement.append(host);
  let openFor: HTMLElement | null = null;

  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      const mark = openFor;
      card.hide();
      mark?.focus();
    }
  });
  box.addEventListener("focusout", (e) => {
    if (!card.contains(e.relatedTarget as Node | null) && e.relatedTarget !== openFor) onLeave();
  });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string | null, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const card: Card = {
    get openFor() {
      return openFor;
    },
    show(mark, info, siteUrl, focusLink) {
      openFor?.setAttribute("aria-expanded", "false");
      openFor = mark;
      mark.setAttribute("aria-expanded", "true");
      box.dataset.theme = darkAround(mark) ? "dark" : "light";
      box.style.setProperty("--c", contextColor(mark));
      box.setAttribute("aria-label", `Mesh Atlas: ${info.label}`);
      const head = el("p", "head");
      head.append(el("span", "label", info.label), el("span", "ctx", CONTEXT_NAMES[info.context]));
      if (info.unsure) head.append(el("span", "unsure", "unsure"));
      // A definition writes names in backticks (`host`): they show as code, as on the site.
      const short = el("p", null);
      info.short.split(/`([^`\n]+)`/).forEach((part, i) => {
        short.append(i % 2 === 1 ? el("code", null, part) : part);
      });
      const parts: HTMLElement[] = [head, short];
      // A term with one sense has nothing to choose between: its card only says what it is.
      if (info.reason && (info.alternatives.length > 0 || info.context === "error")) {
        const sure = info.confidence === null ? "" : ` (${Math.round(info.confidence * 100)}%)`;
        const lead = info.context === "error" ? "Read as" : `Why this sense${sure}`;
        parts.push(el("p", "why", `${lead}: ${info.reason}`));
      }
      if (info.alternatives.length > 0) {
        const list = el("ul", null);
        list.setAttribute("aria-label", "Other senses");
        for (const a of info.alternatives)
          list.append(el("li", null, `${a.label} (${Math.round(a.confidence * 100)}%)`));
        parts.push(el("p", "why", "Other senses:"), list);
      }
      const foot = el("p", "foot");
      const link = el("a", null, "Open in Mesh Atlas");
      link.href = siteLink(siteUrl, info.path);
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      foot.append(link, el("span", "brand", "Mesh Atlas"));
      parts.push(foot);
      box.replaceChildren(...parts);
      host.hidden = false;
      if (popover && !host.matches(":popover-open")) host.showPopover();
      place(host, mark);
      if (focusLink) link.focus();
    },
    hide() {
      openFor?.setAttribute("aria-expanded", "false");
      openFor = null;
      if (popover && host.matches(":popover-open")) host.hidePopover();
      host.hidden = true;
    },
    contains: (node) => !!node && (node === host || shadow.contains(node)),
    remove() {
      card.hide();
      host.remove();
    },
  };
  return card;
}

/** Below the mark, or above it when the viewport has no room below; kept inside the viewport sideways. */
function place(host: HTMLElement, mark: HTMLElement): void {
  const r = mark.getBoundingClientRect();
  const box = host.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const left = Math.max(8, Math.min(r.left, vw - box.width - 8));
  const below = r.bottom + 6;
  const top = below + box.height <= vh - 8 || r.top - box.height - 6 < 8 ? below : r.top - box.height - 6;
  host.style.left = `${Math.round(left)}px`;
  host.style.top = `${Math.round(top)}px`;
}

/** The mark's underline colour (marks.css sets it per context), for the card's context chip. */
function contextColor(mark: HTMLElement): string {
  return getComputedStyle(mark).textDecorationColor || "currentColor";
}
