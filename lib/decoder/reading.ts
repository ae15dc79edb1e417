import type { ErrorKind } from "../content/error-kinds";
import type { PartRole, StructureKind } from "../text/structures";
import type { Annotation } from "./choose";

/**
 * What reading a text gives (see read.ts), and how a page lays it out: the types, the limit, and the marks to
 * underline. Nothing here runs the decoder, so a page can import it without loading the decoder's code.
 */

/** An error code, flag or message in the text, and the page that explains it. */
export type CodeAnnotation = {
  start: number;
  end: number;
  surface: string;
  /** The error page's id (`/errors/<id>/`). */
  error: string;
  code: string;
  kind: ErrorKind;
  title: string;
  short: string;
  reason: string;
};

/** One part of a pasted structure (the port of an Envoy cluster name, the trust domain of a SPIFFE id). */
export type PartAnnotation = {
  start: number;
  end: number;
  surface: string;
  role: PartRole;
  structure: StructureKind;
  /** Where the whole structure is, so a page can list each with its parts. */
  of: { start: number; end: number };
  explanation: string;
  /** The glossary sense the part is an instance of, when there is one. */
  term?: string;
  sense?: string;
};

/** What the reader could not read as given, for the reader to say so. */
export type ReadingLimits = {
  /** The text's length when only its first `MAX_READ_CHARS` characters were read, else null. */
  truncatedFrom: number | null;
  /** Control characters (NUL and the like) were found and read as spaces: the paste may be binary. */
  binary: boolean;
};

/** A whole reading of a text: its glossary terms, the codes it carries, the parts of its structures. */
export type Reading = {
  terms: Annotation[];
  codes: CodeAnnotation[];
  parts: PartAnnotation[];
  limits: ReadingLimits;
};

/** Longer pastes are read up to here: a whole log file would take seconds and no one reads its every line. */
export const MAX_READ_CHARS = 200_000;

/** What each kind of structure is called on a page. */
export const STRUCTURE_LABELS: Readonly<Record<StructureKind, string>> = {
  "access-log": "Envoy access-log line",
  "access-log-json": "Envoy access-log entry (JSON)",
  "envoy-cluster": "Envoy cluster name",
  "spiffe-id": "SPIFFE ID",
  principal: "Istio principal (SPIFFE ID without its scheme)",
  fqdn: "Service host name",
  "analyzer-line": "istioctl analyze message",
  "proxy-node-id": "Envoy node ID",
  "ztunnel-log": "ztunnel connection log line",
  "istiod-push": "istiod push log line",
  "envoy-filter": "Envoy filter name",
};

/** One marked run of text: a code, a part of a structure or a term, by index into its list of the reading. */
export type Mark = { start: number; end: number; kind: "code" | "part" | "term"; index: number };

/**
 * The reading as non-overlapping marks in text order, for a page to underline: a code first, then the
 * smallest part of a structure (the port inside a cluster name, not the whole name), then a term.
 */
export function readingMarks(reading: Reading): Mark[] {
  const wholes = new Set(reading.parts.filter((p) => reading.parts.some((q) => q !== p && within(q, p))));
  const candidates: Mark[] = [
    ...reading.codes.map((c, index) => ({ start: c.start, end: c.end, kind: "code" as const, index })),
    ...reading.parts.flatMap((p, index) =>
      wholes.has(p) ? [] : [{ start: p.start, end: p.end, kind: "part" as const, index }],
    ),
    ...reading.terms.map((t, index) => ({ start: t.start, end: t.end, kind: "term" as const, index })),
  ];
  const marks: Mark[] = [];
  for (const m of candidates) if (!marks.some((k) => m.start < k.end && m.end > k.start)) marks.push(m);
  return marks.sort((a, b) => a.start - b.start);
}

const within = (inner: { start: number; end: number }, outer: { start: number; end: number }) =>
  inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;
