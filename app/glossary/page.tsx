import type { Metadata } from "next";
import { CodeSpans } from "@/components/CodeSpans";
import { ContextBadge } from "@/components/ContextBadge";
import { Link } from "@/components/Link";
import { ListFilter } from "@/components/ListFilter";
import { getContent } from "@/lib/content/load";
import { TAGS } from "@/lib/content/schema";
import { CONTEXT_LABEL } from "@/lib/context-labels";
import { CONTEXTS } from "@/lib/contexts";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Glossary A–Z" };

function initial(term: string): string {
  const c = term.charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : "#";
}

export default function GlossaryIndexPage() {
  const { glossary } = getContent();
  const letters = [...new Set(glossary.map((e) => initial(e.term)))];
  return (
    <>
      <h1>Glossary A–Z</h1>
      <p className="lede">
        {glossary.length} terms, {glossary.reduce((n, e) => n + e.senses.length, 0)} senses. Filter by the context a
        sense belongs to or by topic.
      </p>
      <ListFilter
        listId="glossary-list"
        noun="term"
        namesUrl={routes.glossaryNames}
        textLabel="Name"
        placeholder="e.g. route"
        choices={[
          {
            param: "context",
            label: "Context",
            all: "All contexts",
            options: CONTEXTS.map((c) => ({ value: c, label: CONTEXT_LABEL[c] })),
          },
          { param: "tag", label: "Topic", all: "All topics", options: TAGS.map((t) => ({ value: t, label: t })) },
        ]}
      />
      <nav aria-label="Letters" className="letters">
        {letters.map((l) => (
          <a key={l} href={`#letter-${l}`}>
            {l}
          </a>
        ))}
      </nav>
      <div id="glossary-list">
        {letters.map((l) => (
          <section key={l} aria-labelledby={`letter-${l}`} data-letter-section="">
            <h2 id={`letter-${l}`} className="letter">
              {l}
            </h2>
            <ul className="term-list">
              {glossary
                .filter((e) => initial(e.term) === l)
                .map((e) => (
                  <li
                    key={e.slug}
                    data-item=""
                    data-context={e.senses.map((s) => s.context).join(" ")}
                    data-tag={e.tags.join(" ")}
                    data-id={e.slug}
                    data-names={e.term.toLowerCase()}
                  >
                    <Link href={routes.term(e.slug)} className="term-link">
                      {e.term}
                    </Link>
                    {e.legacy && <span className="legacy-pill">legacy</span>}
                    <ul className="sense-lines">
                      {e.senses.map((s) => (
                        <li key={s.id} data-part-context={s.context}>
                          <ContextBadge context={s.context} /> <CodeSpans text={s.short} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
