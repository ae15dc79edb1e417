import { ContextBadge } from "@/components/ContextBadge";
import { Link } from "@/components/Link";
import { SearchBox } from "@/components/SearchBox";
import { getContent } from "@/lib/content/load";
import { routes } from "@/lib/routes";

export default function HomePage() {
  const { glossary, overloaded } = getContent();
  const bySlug = new Map(glossary.map((e) => [e.slug, e]));
  const confusing = overloaded.flatMap((slug) => bySlug.get(slug) ?? []).slice(0, 12);
  return (
    <>
      <section className="hero">
        <h1>What does this word mean here?</h1>
        <p className="lede">
          Istio pages say “cluster”, “gateway” or “registry” and mean different things each time. Search a word, a kind
          like <code>VirtualService</code> or an abbreviation like <code>DR</code>, and see each of its senses told
          apart.
        </p>
        <SearchBox primary autoFocus />
        <p className="muted small">
          Press <kbd>/</kbd> or <kbd>Ctrl</kbd>+<kbd>K</kbd> on any page to search. {glossary.length} terms.
        </p>
      </section>
      <section aria-labelledby="confused-heading">
        <h2 id="confused-heading">The words teams mix up most</h2>
        <ul className="card-grid">
          {confusing.map((e) => (
            <li key={e.slug} className="card">
              <Link href={routes.term(e.slug)} className="card-title">
                {e.term}
              </Link>
              <ul className="sense-mini">
                {e.senses.map((s) => (
                  <li key={s.id}>
                    <ContextBadge context={s.context} /> <Link href={routes.term(e.slug, s.id)}>{s.label}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p>
          <Link href={routes.glossary}>Browse all terms A–Z →</Link>
        </p>
      </section>
    </>
  );
}
