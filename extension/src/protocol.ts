import type { Context } from "../../lib/contexts";

/** One marked word of a text the page sent, with what its card shows. Offsets are into that text. */
export type MarkInfo = {
  start: number;
  end: number;
  /** What the mark stands for, to keep one mark per section: `term:cluster#envoy`, `code:uf`. */
  key: string;
  context: Context | "error";
  /** The sense's label ("Envoy cluster") or the code's title. */
  label: string;
  short: string;
  /** Why the decoder chose this sense, and how sure it is (null for an error code: it is what it says). */
  reason: string | null;
  confidence: number | null;
  unsure: boolean;
  alternatives: { label: string; confidence: number }[];
  /** The Mesh Atlas page, as a site path (`/glossary/cluster/#envoy`). */
  path: string;
};

/** Messages to the background, which holds the decoder: the page's text never leaves the browser. */
export type Request =
  | { type: "read"; texts: string[] }
  | { type: "stats"; marks: number; mainThreadMs: number; readMs: number; words: number };

export type ReadResponse = { ok: true; marks: MarkInfo[][]; readMs: number } | { ok: false; error: string };

/** What the popup shows about a tab's last annotation. */
export type TabStats = { marks: number; mainThreadMs: number; readMs: number; words: number; at: number };
