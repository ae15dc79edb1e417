import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckedAgainst } from "@/components/CheckedAgainst";
import { CodeSpans } from "@/components/CodeSpans";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { EditLink } from "@/components/EditLink";
import { Link } from "@/components/Link";
import { Markdown } from "@/components/Markdown";
import { PrintedMessages } from "@/components/PrintedMessages";
import { TermRefChip } from "@/components/TermRefChip";
import { ERROR_KIND_LABELS } from "@/lib/content/error-kinds";
import { getContent } from "@/lib/content/load";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { pathFromUrl } from "@/lib/docs-map/ids";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";
import { printedForReaders } from "@/lib/text/printed";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().errors.map((e) => ({ id: e.id }));
}

const findError = (id: string) => getContent().errors.find((e) => e.id === id);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const e = findError((await params).id);
  return e ? { title: `${e.code}: ${e.title}`, description: e.short } : {};
}

export default async function ErrorPage({ params }: Params) {
  const e = findError((await params).id);
  if (!e) notFound();
  const content = getContent();
  const glossary = new Map(content.glossary.map((g) => [g.slug, g]));
  // A code seen beside this one links to its own page when it has one ("URX" next to "UF").
  const byCode = new Map(content.errors.map((x) => [x.code.toLowerCase(), x]));
  const docsPage = e.docs_page ? content.docsMap?.pages.find((p) => p.id === e.docs_page) : undefined;
  return (
    <article className="error-page" id="error">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={routes.errors}>Errors and codes</Link> <span aria-hidden="true">›</span> <span>{e.code}</span>
      </nav>
      <div className="title-row">
        <h1>
          <code className="error-code">{e.code}</code> <span className="error-title">{e.title}</span>
        </h1>
        <CopyLinkButton anchor="error" label={`${e.code}: ${e.title}`} />
      </div>
      <p className="lede">
        <CodeSpans text={e.short} />
      </p>
      <dl className="error-facts">
        <dt>Kind</dt>
        <dd>
          {ERROR_KIND_LABELS[e.kind]}
          {e.level ? `, level ${e.level}` : ""}
          {e.protocols ? ` (${e.protocols.map((x) => x.toUpperCase()).join(" and ")} access logs)` : ""}
        </dd>
        <dt>Printed by</dt>
        <dd>{e.components.join(", ")}</dd>
        {e.names.length > 0 && (
          <>
            <dt>Also written</dt>
            <dd>
              {e.names.map((n, i) => (
                <span key={n}>
                  {i > 0 && ", "}
                  <code>{n}</code>
                </span>
              ))}
            </dd>
          </>
        )}
        {e.printed && (
          <>
            <dt>Printed as</dt>
            <dd>
              <code>{printedForReaders(e.printed)}</code>
            </dd>
          </>
        )}
        {e.seen_with.length > 0 && (
          <>
            <dt>Seen with</dt>
            <dd>
              {e.seen_with.map((code, i) => {
                const other = byCode.get(code.toLowerCase());
                return (
                  <span key={code}>
                    {i > 0 && ", "}
                    {other ? (
                      <Link href={routes.error(other.id)}>
                        <code>{code}</code>
                      </Link>
                    ) : (
                      <code>{code}</code>
                    )}
                  </span>
                );
              })}
            </dd>
          </>
        )}
        {(e.since || e.until) && (
          <>
            <dt>Versions</dt>
            <dd>
              {e.since && `Since ${e.since}. `}
              {e.until && `Gone in ${e.until}.`}
            </dd>
          </>
        )}
      </dl>
      {e.example && (
        <section aria-labelledby="example-h">
          <h2 id="example-h">What it looks like</h2>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus (WCAG 2.1.1). */}
          <pre className="example" tabIndex={0}>
            <code>{e.example.trimEnd()}</code>
          </pre>
          <p className="muted small">An illustrative example: names, addresses and counters are invented.</p>
        </section>
      )}
      <section aria-labelledby="causes-h">
        <h2 id="causes-h">Likely causes, most common first</h2>
        <ol className="causes">
          {e.causes.map((c, i) => (
            <li key={c.title} id={`cause-${i + 1}`}>
              <h3>{c.title}</h3>
              {c.detail && <p>{c.detail}</p>}
              <p className="confirm-label">Confirm with:</p>
              <ul className="confirm">
                {c.confirm.map((x) => (
                  <li key={x.command}>
                    {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus (WCAG 2.1.1). */}
                    <pre className="command" tabIndex={0}>
                      <code>{x.command}</code>
                    </pre>
                    <p className="small">{x.look_for}</p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <Markdown tree={renderMarkdown(e.body, { data: siteDecoderData() })} />
      {content.printed
        .filter((c) => c.error === e.id)
        .map((c) => (
          <PrintedMessages key={c.name} catalog={c} heading="Messages this error carries" />
        ))}
      {e.terms.length > 0 && (
        <section aria-labelledby="terms-h">
          <h2 id="terms-h">The words involved</h2>
          <p className="chips">
            {e.terms.map((ref) => (
              <TermRefChip key={ref} refText={ref} glossary={glossary} />
            ))}
          </p>
        </section>
      )}
      <section aria-labelledby="docs-h">
        <h2 id="docs-h">Official docs</h2>
        <ul className="doc-links">
          {e.docs.map((d) => (
            <li key={d.url}>
              <a href={d.url} rel="noopener noreferrer" className="external">
                {d.title}
              </a>
            </li>
          ))}
          {docsPage && (
            <li>
              <Link href={routes.docsMapNode(pathFromUrl(docsPage.id))}>{docsPage.title} on the docs map</Link>
            </li>
          )}
        </ul>
        {e.missing_page && <p className="muted small">istio.io has no page of its own for this code.</p>}
      </section>
      <CheckedAgainst releases={e.checked_against} reviewed={e.reviewed} />
      <EditLink file={e.file} />
    </article>
  );
}
