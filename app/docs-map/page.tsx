import type { Metadata } from "next";
import { DocsMapFilter } from "@/components/DocsMapFilter";
import { Link } from "@/components/Link";
import { Markdown } from "@/components/Markdown";
import { getContent } from "@/lib/content/load";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { type DocsTreeNode, docsTree } from "@/lib/docs-map/tree";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Istio docs map" };

type Lists = Map<string, { slug: string; title: string }[]>;
/** Docs page id -> the error codes and messages that page explains. */
type Explains = Map<string, { id: string; code: string }[]>;

function Node({
  node,
  terms,
  lists,
  explains,
}: {
  node: DocsTreeNode;
  terms: Map<string, { slug: string; term: string }[]>;
  lists: Lists;
  explains: Explains;
}) {
  const { page, children } = node;
  const linked = terms.get(page.path) ?? [];
  const inLists = lists.get(page.id) ?? [];
  const errors = explains.get(page.id) ?? [];
  const label = (
    <>
      <a href={page.url} rel="noopener noreferrer" className="docs-title external">
        {page.title}
      </a>{" "}
      <a href={`#${page.path}`} className="docs-permalink" aria-label={`Link to ${page.title} on the map`}>
        #
      </a>
      {page.summary && (
        <span className="docs-summary">
          <Markdown inline tree={renderMarkdown(page.summary, { data: siteDecoderData() })} />
        </span>
      )}
      {(page.answers.length > 0 || linked.length > 0 || inLists.length > 0 || errors.length > 0) && (
        <details className="docs-more">
          <summary>
            {[
              page.answers.length > 0 &&
                `${page.answers.length} question${page.answers.length === 1 ? "" : "s"} it answers`,
              linked.length > 0 && `${linked.length} term${linked.length === 1 ? "" : "s"}`,
              errors.length > 0 && `${errors.length} error code${errors.length === 1 ? "" : "s"}`,
              inLists.length > 0 && "reading lists",
            ]
              .filter(Boolean)
              .join(" · ")}
          </summary>
          {page.answers.length > 0 && (
            <ul className="docs-answers">
              {page.answers.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          )}
          {linked.length > 0 && (
            <p className="docs-terms">
              Terms:{" "}
              {linked.map((t, i) => (
                <span key={t.slug}>
                  {i > 0 && " · "}
                  <Link href={routes.term(t.slug)}>{t.term}</Link>
                </span>
              ))}
            </p>
          )}
          {errors.length > 0 && (
            <p className="docs-terms">
              Explains:{" "}
              {errors.map((x, i) => (
                <span key={x.id}>
                  {i > 0 && " · "}
                  <Link href={routes.error(x.id)}>
                    <code>{x.code}</code>
                  </Link>
                </span>
              ))}
            </p>
          )}
          {inLists.length > 0 && (
            <p className="docs-terms">
              In reading lists:{" "}
              {inLists.map((l, i) => (
                <span key={l.slug}>
                  {i > 0 && " · "}
                  <Link href={routes.readingList(l.slug)}>{l.title}</Link>
                </span>
              ))}
            </p>
          )}
        </details>
      )}
    </>
  );
  const data = {
    id: page.path,
    "data-docs-node": "",
    "data-search": [
      page.title,
      page.linktitle ?? "",
      ...page.headings.map((h) => h.text),
      ...page.keywords,
      page.summary ?? "",
      ...page.answers,
    ]
      .join(" | ")
      .toLowerCase(),
  };
  if (children.length === 0) {
    return (
      <li {...data} className="docs-leaf">
        {label}
      </li>
    );
  }
  const depth = page.path.split("/").length;
  // The page's own link and notes stand outside <summary>, which may hold no links of its own.
  return (
    <li {...data}>
      <span className="docs-node-head">{label}</span>
      <details open={depth === 1}>
        <summary>
          {children.length} page{children.length === 1 ? "" : "s"} under {page.title}
        </summary>
        <ul className="docs-children">
          {children.map((c) => (
            <Node key={c.page.path} node={c} terms={terms} lists={lists} explains={explains} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export default function DocsMapPage() {
  const { docsMap, glossary, links, readingLists, errors } = getContent();
  const explains: Explains = new Map();
  for (const e of errors) {
    if (e.docs_page) explains.set(e.docs_page, [...(explains.get(e.docs_page) ?? []), { id: e.id, code: e.code }]);
  }
  const lists: Lists = new Map();
  for (const l of readingLists) {
    for (const step of l.stages.flatMap((s) => s.steps)) {
      if (step.doc) lists.set(step.doc, [...(lists.get(step.doc) ?? []), { slug: l.slug, title: l.title }]);
    }
  }
  if (!docsMap) return <h1>No docs map</h1>;
  const bySlug = new Map(glossary.map((e) => [e.slug, e.term]));
  const terms = new Map(
    [...links.termsByPage].map(([path, slugs]) => [
      path,
      slugs.map((slug) => ({ slug, term: bySlug.get(slug) ?? slug })),
    ]),
  );
  return (
    <>
      <h1>Istio docs map</h1>
      <p className="release-note" role="note">
        This map is of the Istio {docsMap.release} docs{docsMap.asOf ? ` as they stood on ${docsMap.asOf}` : ""}.{" "}
        {docsMap.linkVersion === "latest"
          ? "Links go to the current docs on istio.io."
          : `Links go to istio.io's ${docsMap.linkVersion} copy of each page, so they match what the map describes.`}
      </p>
      <p className="lede">
        All {docsMap.pages.length} pages of the Istio docs in the sections istio.io&apos;s navigation uses (Overview,
        Concepts, Sidecar Mode, Ambient Mode, Tasks, Examples, Operations, Releases, Reference), so you can see whether
        a topic lives under Concepts, Sidecar Mode, Tasks, Operations or Reference. Each page has our summary and,
        folded, the questions it answers and its glossary terms; its title links to istio.io, and each node has its own
        link, such as <code>/docs-map/#tasks/traffic-management/ingress/secure-ingress</code>.
      </p>
      <DocsMapFilter treeId="docs-tree" />
      <ul id="docs-tree" className="docs-tree">
        {docsTree(docsMap.pages).map((n) => (
          <Node key={n.page.path} node={n} terms={terms} lists={lists} explains={explains} />
        ))}
      </ul>
    </>
  );
}
