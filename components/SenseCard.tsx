import type { Sense } from "@/lib/content/schema";
import { CodeSpans } from "./CodeSpans";
import { ContextBadge } from "./ContextBadge";
import { CopyLinkButton } from "./CopyLinkButton";

/**
 * One sense of a term: its badge, definition, cues, example and official links, under its own anchor. A sense
 * from the team's own overlay says so, and its links are the team's pages, not the official docs.
 */
export function SenseCard({ term, sense, team = false }: { term: string; sense: Sense; team?: boolean }) {
  return (
    <section id={sense.id} className="sense-card" data-context={sense.context} aria-labelledby={`${sense.id}-h`}>
      {/* Former ids of the sense stay anchors, so links written before a rename still land here. */}
      {sense.redirect_from.map((old) => (
        <span key={old} id={old} className="former-anchor" />
      ))}
      <header className="sense-head">
        <span className="sense-badges">
          <ContextBadge context={sense.context} />
          {team && <span className="badge team-badge">Your team</span>}
        </span>
        <CopyLinkButton anchor={sense.id} label={`${term} (${sense.label})`} />
      </header>
      <h2 id={`${sense.id}-h`}>{sense.label}</h2>
      <p className="short">
        <CodeSpans text={sense.short} />
      </p>
      {(sense.since || sense.until || sense.note) && (
        <p className="version-note">
          {sense.since && <>Since {sense.since}. </>}
          {sense.until && <>Until {sense.until}. </>}
          {sense.note}
        </p>
      )}
      <h3>You are reading this sense when you see</h3>
      <ul className="cues">
        {sense.cues.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      {sense.example && (
        <>
          <h3>Example</h3>
          {/* Focusable so a keyboard can scroll a wide example. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus (WCAG 2.1.1). */}
          <pre className="example" tabIndex={0}>
            <code>{sense.example.trimEnd()}</code>
          </pre>
        </>
      )}
      <h3>{team ? "Team docs" : "Official docs"}</h3>
      <ul className="doc-links">
        {sense.docs.map((d) => (
          <li key={d.url}>
            <a href={d.url} rel="noopener noreferrer" target="_blank">
              {d.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
