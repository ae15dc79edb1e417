"use client";

import { useMemo } from "react";
import { Link } from "@/components/Link";
import { ERROR_KIND_LABELS } from "@/lib/content/error-kinds";
import type { BrowserReader } from "@/lib/decoder/client";
import type { DecoderSense } from "@/lib/decoder/data";
import {
  MAX_READ_CHARS,
  type Mark,
  type PartAnnotation,
  type Reading,
  readingMarks,
  STRUCTURE_LABELS,
} from "@/lib/decoder/reading";
import { routes } from "@/lib/routes";
import { CodeSpans } from "./CodeSpans";
import { ContextBadge } from "./ContextBadge";

/**
 * The decoder's reading of a text: the text with its marks, the focused mark's card, and the codes, pasted
 * structures and terms found. Loaded with the decoder's data (it is only ever shown once a text is read), so
 * the page's own code stays small.
 */

const fmt = (n: number) => n.toLocaleString("en");
/** A long log repeats itself: the first names and lines taken apart say what the rest are. */
const MAX_STRUCTURES = 25;

export type DecoderOutputProps = {
  id: string;
  readText: string;
  reader: BrowserReader;
  reading: Reading;
  overrides: Record<number, string>;
  setOverrides: (o: Record<number, string>) => void;
  active: Mark | null;
  setActive: (m: Mark | null) => void;
};

export default function DecoderOutput({
  id,
  readText,
  reader,
  reading,
  overrides,
  setOverrides,
  active,
  setActive,
}: DecoderOutputProps) {
  // Re-rendered on every hover; the marks change only with the reading.
  const marks = useMemo(() => readingMarks(reading), [reading]);
  const termOf = (slug: string) => reader.data.terms.find((t) => t.slug === slug);
  const senseOf = (slug: string, sense: string | undefined): DecoderSense | undefined =>
    termOf(slug)?.senses.find((s) => s.id === sense);
  const pickOf = (start: number, sense: string) => overrides[start] ?? sense;

  const shown = readText.slice(0, MAX_READ_CHARS);
  const pieces: { text: string; mark: Mark | null }[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) pieces.push({ text: shown.slice(at, m.start), mark: null });
    pieces.push({ text: shown.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < shown.length) pieces.push({ text: shown.slice(at), mark: null });

  const foundTerms = reading
    ? [
        ...new Map(
          reading.terms.map((a) => {
            const pick = pickOf(a.start, a.sense);
            return [`${a.term}#${pick}`, { term: a.term, sense: pick }] as const;
          }),
        ).values(),
      ]
    : [];
  const foundCodes = reading ? [...new Map(reading.codes.map((c) => [c.error, c])).values()] : [];
  const structures = reading ? groupStructures(reading.parts) : [];

  return (
    <section aria-labelledby={`${id}-out`} className="decoder-output">
      <h2 id={`${id}-out`}>Decoded</h2>
      <p className="muted small decoder-legend">
        <span className="mention legend">term</span> a glossary term, in its sense&apos;s colour (dashed when unsure) ·{" "}
        <span className="mention mention-code legend">code</span> an error code or message ·{" "}
        <span className="mention mention-part legend">part</span> a part of a pasted name or log line
      </p>
      <pre className="decoded">
        {pieces.map((p, k) => {
          if (!p.mark) {
            // biome-ignore lint/suspicious/noArrayIndexKey: positional text runs, rebuilt on every change.
            return <span key={k}>{p.text}</span>;
          }
          const m = p.mark;
          const isActive = active?.kind === m.kind && active.index === m.index;
          const term = m.kind === "term" ? reading.terms[m.index] : undefined;
          const part = m.kind === "part" ? reading.parts[m.index] : undefined;
          const context =
            (term && senseOf(term.term, pickOf(term.start, term.sense))?.context) ??
            (part?.term ? senseOf(part.term, part.sense)?.context : undefined);
          return (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: positional text runs, rebuilt on every change.
              key={k}
              type="button"
              className={`mention${m.kind === "code" ? " mention-code" : ""}${m.kind === "part" ? " mention-part" : ""}${term?.unsure && !(term.start in overrides) ? " mention-unsure" : ""}`}
              data-context={context}
              data-mark={`${m.kind}-${m.index}`}
              aria-expanded={isActive}
              aria-controls={`${id}-card`}
              // Hover and focus open the card already: a click keeps it open (Escape closes it).
              onClick={() => setActive(m)}
              onKeyDown={(e) => {
                if (e.key === "Escape") setActive(null);
              }}
              onFocus={() => setActive(m)}
              onMouseEnter={() => setActive(m)}
            >
              {p.text}
            </button>
          );
        })}
      </pre>
      {reading.limits.truncatedFrom !== null && (
        <p className="muted small">… {fmt(reading.limits.truncatedFrom - MAX_READ_CHARS)} more characters not read.</p>
      )}
      <div id={`${id}-card`} className="sense-popover" aria-live="polite" hidden={!active}>
        {active && (
          <MarkCard
            mark={active}
            reading={reading}
            pick={(start, sense) => pickOf(start, sense)}
            choose={(start, sense) => setOverrides({ ...overrides, [start]: sense })}
            termOf={termOf}
            senseOf={senseOf}
          />
        )}
      </div>
      <h2>Codes and messages ({foundCodes.length})</h2>
      {foundCodes.length === 0 ? (
        <p className="muted">No error codes, response flags or known messages in this text.</p>
      ) : (
        <ul className="found-codes">
          {foundCodes.map((c) => (
            <li key={c.error}>
              <Link href={routes.error(c.error)}>
                <code>{c.code}</code>
              </Link>{" "}
              <span className="muted small">{ERROR_KIND_LABELS[c.kind]}:</span> {c.title}
            </li>
          ))}
        </ul>
      )}
      {structures.length > 0 && (
        <>
          <h2>Pasted names and log lines ({structures.length})</h2>
          <div className="structures">
            {structures.slice(0, MAX_STRUCTURES).map((s) => (
              <section key={`${s.start}-${s.kind}`} className="structure" aria-label={STRUCTURE_LABELS[s.kind]}>
                <h3>
                  {STRUCTURE_LABELS[s.kind]}{" "}
                  <code className="structure-text">{clip(readText.slice(s.start, s.end), 90)}</code>
                </h3>
                <dl>
                  {structureRows(
                    s,
                    reading,
                    (slug, sense) => senseOf(slug, sense)?.label ?? termOf(slug)?.term ?? slug,
                  ).map((row) => (
                    <div key={`${row.start}-${row.label}`}>
                      <dt>
                        <code>{clip(row.surface, 60)}</code>
                      </dt>
                      <dd>
                        {row.label}
                        {row.href && (
                          <>
                            {" "}
                            (<Link href={row.href}>{row.linkText}</Link>)
                          </>
                        )}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          {structures.length > MAX_STRUCTURES && (
            <p className="muted small">
              The first {MAX_STRUCTURES} are taken apart here; the other {fmt(structures.length - MAX_STRUCTURES)} are
              marked in the text above.
            </p>
          )}
        </>
      )}
      <h2>Terms found ({foundTerms.length})</h2>
      {foundTerms.length === 0 ? (
        <p className="muted">No glossary terms in this text.</p>
      ) : (
        <ul className="found-terms">
          {foundTerms.map((a) => {
            const s = senseOf(a.term, a.sense);
            return (
              <li key={`${a.term}#${a.sense}`}>
                {s && <ContextBadge context={s.context} />}{" "}
                <Link href={routes.term(a.term, a.sense)}>
                  {termOf(a.term)?.term}: {s?.label}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** What the focused mark is, with its link: a term's sense (and the others), a code's page, a part's meaning. */
function MarkCard({
  mark,
  reading,
  pick,
  choose,
  termOf,
  senseOf,
}: {
  mark: Mark;
  reading: Reading;
  pick: (start: number, sense: string) => string;
  choose: (start: number, sense: string) => void;
  termOf: (slug: string) => BrowserReader["data"]["terms"][number] | undefined;
  senseOf: (slug: string, sense: string | undefined) => DecoderSense | undefined;
}) {
  if (mark.kind === "code") {
    const c = reading.codes[mark.index];
    if (!c) return null;
    return (
      <>
        <p>
          <span className="badge">{ERROR_KIND_LABELS[c.kind]}</span>{" "}
          <Link href={routes.error(c.error)}>
            <strong>
              <code>{c.code}</code>
            </strong>
            : {c.title}
          </Link>
        </p>
        <p>
          <CodeSpans text={c.short} />
        </p>
        <p className="muted small">
          Found as {c.reason}. Its page lists the likely causes and the commands that confirm each.
        </p>
      </>
    );
  }
  if (mark.kind === "part") {
    const p = reading.parts[mark.index];
    if (!p) return null;
    const s = p.term ? senseOf(p.term, p.sense) : undefined;
    return (
      <>
        <p>
          Part of a{/^[aeiouAEIOU]/.test(STRUCTURE_LABELS[p.structure]) ? "n" : ""} {STRUCTURE_LABELS[p.structure]}:{" "}
          <code>{clip(p.surface, 60)}</code>
        </p>
        <p>This is {p.explanation}.</p>
        {p.term && (
          <p className="small">
            {s && <ContextBadge context={s.context} />}{" "}
            <Link href={routes.term(p.term, p.sense)}>
              <strong>{termOf(p.term)?.term}</strong>
              {s ? `: ${s.label}` : ""}
            </Link>
          </p>
        )}
      </>
    );
  }
  const a = reading.terms[mark.index];
  if (!a) return null;
  const chosen = pick(a.start, a.sense);
  const term = termOf(a.term);
  const sense = senseOf(a.term, chosen);
  if (!term || !sense) return null;
  const mine = chosen === a.sense;
  return (
    <>
      <p>
        <ContextBadge context={sense.context} />{" "}
        <Link href={routes.term(a.term, chosen)}>
          <strong>{term.term}</strong>: {sense.label}
        </Link>
      </p>
      <p>
        <CodeSpans text={sense.short} />
      </p>
      <p className="muted small">
        {!mine
          ? "Your choice."
          : a.unsure
            ? `Unsure: ${Math.round(a.confidence * 100)}% for this sense, ${Math.round((a.alternatives[0]?.confidence ?? 0) * 100)}% for the next. Why this one: ${a.reason}.`
            : `Confidence ${Math.round(a.confidence * 100)}%. Why: ${a.reason}.`}
      </p>
      {term.senses.length > 1 && (
        <div className="alternatives">
          <span className="small">{a.unsure && mine ? "Or perhaps:" : "Other senses:"}</span>{" "}
          {term.senses
            .filter((s) => s.id !== chosen)
            .map((s) => {
              const conf = a.alternatives.find((x) => x.sense === s.id)?.confidence;
              return (
                <button key={s.id} type="button" className="chip" onClick={() => choose(a.start, s.id)}>
                  {s.label}
                  {conf !== undefined && mine ? ` (${Math.round(conf * 100)}%)` : ""}
                </button>
              );
            })}
        </div>
      )}
    </>
  );
}

/** Parts grouped by the structure they belong to, in text order; a structure inside another is listed apart. */
function groupStructures(parts: readonly PartAnnotation[]) {
  const groups = new Map<
    string,
    { kind: PartAnnotation["structure"]; start: number; end: number; parts: PartAnnotation[] }
  >();
  for (const p of parts) {
    const key = `${p.of.start}:${p.of.end}:${p.structure}`;
    const g = groups.get(key) ?? { kind: p.structure, start: p.of.start, end: p.of.end, parts: [] };
    g.parts.push(p);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A structure's rows in text order: the codes inside it (a log line's flags) and its parts, each with its link. */
function structureRows(
  s: ReturnType<typeof groupStructures>[number],
  reading: Reading,
  senseLabel: (slug: string, sense: string | undefined) => string,
) {
  const codes = reading.codes
    .filter((c) => c.start >= s.start && c.end <= s.end)
    .map((c) => ({
      start: c.start,
      surface: c.surface,
      label: `${ERROR_KIND_LABELS[c.kind]}: ${c.title}`,
      href: routes.error(c.error) as string | undefined,
      linkText: c.code,
    }));
  const parts = s.parts.map((p) => ({
    start: p.start,
    surface: p.surface,
    label: p.explanation,
    href: p.term ? routes.term(p.term, p.sense) : undefined,
    linkText: p.term ? senseLabel(p.term, p.sense) : "",
  }));
  // A log line's details that are also an error's spelling: one row saying both.
  const merged = parts.map((p) => {
    const same = codes.find((c) => c.start === p.start && c.surface === p.surface);
    return same ? { ...same, label: `${p.label}; ${same.label}` } : p;
  });
  const rest = codes.filter((c) => !merged.some((m) => m.start === c.start && m.surface === c.surface));
  return [...rest, ...merged].sort((a, b) => a.start - b.start);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
