import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckedAgainst } from "@/components/CheckedAgainst";
import { EditLink } from "@/components/EditLink";
import { HighlightFromQuery } from "@/components/HighlightFromQuery";
import { Link } from "@/components/Link";
import { LinkListAside } from "@/components/LinkListAside";
import { Markdown } from "@/components/Markdown";
import { PrintedMessages } from "@/components/PrintedMessages";
import { Redirect } from "@/components/Redirect";
import { ReleaseLinks } from "@/components/ReleaseLinks";
import { SenseCard } from "@/components/SenseCard";
import { SenseTarget } from "@/components/SenseTarget";
import { getContent, termMentions } from "@/lib/content/load";
import { glossaryRedirects } from "@/lib/content/short-links";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const content = getContent();
  return [...content.glossary.map((e) => e.slug), ...glossaryRedirects(content).keys()].map((slug) => ({ slug }));
}

function findEntry(slug: string) {
  return getContent().glossary.find((e) => e.slug === slug);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const entry = findEntry((await params).slug);
  if (!entry) return {};
  return {
    title: entry.term,
    description: entry.senses.map((s) => `${s.label}: ${s.short}`).join(" "),
  };
}

export default async function TermPage({ params }: Params) {
  const { slug } = await params;
  const content = getContent();
  const entry = findEntry(slug);
  if (!entry) {
    const moved = glossaryRedirects(content).get(slug);
    if (moved) return <Redirect to={moved} label={moved} />;
    notFound();
  }
  const bySlug = new Map(content.glossary.map((e) => [e.slug, e]));
  const links = (slugs: string[]) =>
    slugs.flatMap((s) => {
      const e = bySlug.get(s);
      return e ? [{ slug: s, term: e.term }] : [];
    });
  const docsByPath = new Map((content.docsMap?.pages ?? []).map((p) => [p.path, p]));
  const docsPages = (content.links.pagesByTerm.get(entry.slug) ?? []).flatMap((p) => docsByPath.get(p) ?? []);
  const printed = content.printed.filter((c) => c.sense?.split("#")[0] === entry.slug);
  const confused = links(entry.confused_with);
  const related = links(entry.related);
  return (
    <article className="term" id="term">
      <HighlightFromQuery containerId="term" />
      <SenseTarget containerId="term" />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={routes.glossary}>Glossary</Link> <span aria-hidden="true">›</span> <span>{entry.term}</span>
      </nav>
      <h1>{entry.term}</h1>
      {entry.aliases.length > 0 && (
        <p className="aliases">
          Also written:{" "}
          {entry.aliases.map((a, i) => (
            <span key={a}>
              {i > 0 && ", "}
              <code>{a}</code>
            </span>
          ))}
        </p>
      )}
      {entry.legacy && (
        <p className="legacy-banner" role="note">
          <strong>Legacy.</strong> Removed in {entry.legacy.removed_in}.
          {entry.legacy.replaced_by.length > 0 && (
            <>
              {" "}
              Replaced by{" "}
              {links(entry.legacy.replaced_by).map((l, i) => (
                <span key={l.slug}>
                  {i > 0 && ", "}
                  <Link href={routes.term(l.slug)}>{l.term}</Link>
                </span>
              ))}
              .
            </>
          )}{" "}
          {entry.legacy.note}
        </p>
      )}
      {entry.senses.length > 1 && (
        <p className="sense-count">
          {entry.senses.length} senses:{" "}
          {entry.senses.map((s, i) => (
            <span key={s.id}>
              {i > 0 && " · "}
              <a href={`#${s.id}`}>{s.label}</a>
            </span>
          ))}
        </p>
      )}
      <div className="senses">
        {entry.senses.map((s) => (
          <SenseCard key={s.id} term={entry.term} sense={s} team={entry.team?.senses.includes(s.id) ?? false} />
        ))}
      </div>
      {entry.body.trim() && (
        <section className="term-body" aria-label="In depth">
          <Markdown tree={renderMarkdown(entry.body, { data: siteDecoderData(), ownSlug: entry.slug })} />
        </section>
      )}
      {docsPages.length > 0 && (
        <aside className="docs-pages" aria-labelledby="in-the-docs">
          <h2 id="in-the-docs">In the Istio docs</h2>
          <ReleaseLinks own={content.docsMap?.release ?? ""} />
          <ul>
            {docsPages.map((p) => (
              <li key={p.path}>
                <a href={p.url} rel="noopener noreferrer" data-docs-link="">
                  {p.title}
                </a>{" "}
                <span className="muted small">{p.breadcrumb.join(" › ")}</span>{" "}
                <Link href={routes.docsMapNode(p.path)} className="small">
                  on the map
                </Link>
              </li>
            ))}
          </ul>
        </aside>
      )}
      {printed.map((c) => (
        <PrintedMessages key={c.name} catalog={c} heading={`Messages ${entry.term} prints`} />
      ))}
      <div className="see-also">
        {termMentions(content, entry.slug).map((m) => (
          <LinkListAside key={m.id} id={m.id} title={m.title} links={m.items} />
        ))}
        <LinkListAside
          id="confused-with"
          title="Often confused with"
          links={confused.map((l) => ({ href: routes.term(l.slug), label: l.term }))}
        />
        <LinkListAside
          id="related"
          title="Related"
          links={related.map((l) => ({ href: routes.term(l.slug), label: l.term }))}
        />
      </div>
      <CheckedAgainst releases={entry.checked_against} reviewed={entry.reviewed} />
      <EditLink file={entry.file} />
    </article>
  );
}
