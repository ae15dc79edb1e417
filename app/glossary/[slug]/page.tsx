import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContextBadge } from "@/components/ContextBadge";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { EditLink } from "@/components/EditLink";
import { HighlightFromQuery } from "@/components/HighlightFromQuery";
import { LinkListAside } from "@/components/LinkListAside";
import { Markdown } from "@/components/Markdown";
import { Redirect } from "@/components/Redirect";
import { getContent } from "@/lib/content/load";
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
  const entry = findEntry(slug);
  if (!entry) {
    const moved = glossaryRedirects(getContent()).get(slug);
    if (moved) return <Redirect to={moved} label={moved} />;
    notFound();
  }
  const bySlug = new Map(getContent().glossary.map((e) => [e.slug, e]));
  const links = (slugs: string[]) =>
    slugs.flatMap((s) => {
      const e = bySlug.get(s);
      return e ? [{ slug: s, term: e.term }] : [];
    });
  const comparedIn = getContent().compare.filter((c) => c.terms.some((ref) => ref.split("#")[0] === entry.slug));
  const { docsMap, links: docsLinks } = getContent();
  const docsByPath = new Map((docsMap?.pages ?? []).map((p) => [p.path, p]));
  const docsPages = (docsLinks.pagesByTerm.get(entry.slug) ?? []).flatMap((p) => docsByPath.get(p) ?? []);
  const inLists = getContent().readingLists.filter((l) =>
    l.stages.some((s) => s.steps.some((step) => step.term?.split("#")[0] === entry.slug)),
  );
  const confused = links(entry.confused_with);
  const related = links(entry.related);
  return (
    <article className="term" id="term">
      <HighlightFromQuery containerId="term" />
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
          <section key={s.id} id={s.id} className="sense-card" data-context={s.context} aria-labelledby={`${s.id}-h`}>
            {/* Former ids of the sense stay anchors, so links written before a rename still land here. */}
            {s.redirect_from.map((old) => (
              <span key={old} id={old} className="former-anchor" />
            ))}
            <header className="sense-head">
              <ContextBadge context={s.context} />
              <CopyLinkButton anchor={s.id} label={`${entry.term} (${s.label})`} />
            </header>
            <h2 id={`${s.id}-h`}>{s.label}</h2>
            <p className="short">{s.short}</p>
            {(s.since || s.until || s.note) && (
              <p className="version-note">
                {s.since && <>Since {s.since}. </>}
                {s.until && <>Until {s.until}. </>}
                {s.note}
              </p>
            )}
            <h3>You are reading this sense when you see</h3>
            <ul className="cues">
              {s.cues.map((c) => (
                <li key={c}>
                  <code>{c}</code>
                </li>
              ))}
            </ul>
            {s.example && (
              <>
                <h3>Example</h3>
                {/* Focusable so a keyboard can scroll a wide example. */}
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus (WCAG 2.1.1). */}
                <pre className="example" tabIndex={0}>
                  <code>{s.example.trimEnd()}</code>
                </pre>
              </>
            )}
            <h3>Official docs</h3>
            <ul className="doc-links">
              {s.docs.map((d) => (
                <li key={d.url}>
                  <a href={d.url} rel="noopener noreferrer" target="_blank">
                    {d.title}
                  </a>
                </li>
              ))}
            </ul>
          </section>
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
          <ul>
            {docsPages.map((p) => (
              <li key={p.path}>
                <a href={p.url} rel="noopener noreferrer">
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
      <div className="see-also">
        <LinkListAside
          id="in-lists"
          title="In reading lists"
          links={inLists.map((l) => ({ href: routes.readingList(l.slug), label: l.title }))}
        />
        <LinkListAside
          id="compared-in"
          title="Compared side by side"
          links={comparedIn.map((c) => ({ href: routes.compare(c.id), label: c.title }))}
        />
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
      <EditLink file={entry.file} />
    </article>
  );
}
