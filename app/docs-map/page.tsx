import type { Metadata } from "next";
import Link from "next/link";
import { DocsMapFilter } from "@/components/DocsMapFilter";
import { Markdown } from "@/components/Markdown";
import { getContent } from "@/lib/content/load";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { type DocsTreeNode, docsTree } from "@/lib/docs-map/tree";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Istio docs map" };

type Lists = Map<string, { slug: string; title: string }[]>;

function Node({
  node,
  terms,
  lists,
}: {
  node: DocsTreeNode;
  terms: Map<string, { slug: string; term: string }[]>;
  lists: Lists;
}) {
  const { page, children } = node;
  const linked = terms.get(page.path) ?? [];
  const inLists = lists.get(page.id) ?? [];
  const label = (
    <>
      <a href={page.url} rel="noopener noreferrer" className="docs-title">
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
      {linked.length > 0 && (
        <span className="docs-terms">
          {linked.map((t, i) => (
            <span key={t.slug}>
              {i > 0 && " · "}
              <Link href={routes.term(t.slug)}>{t.term}</Link>
            </span>
          ))}
        </span>
      )}
      {inLists.length > 0 && (
        <span className="docs-terms">
          In reading lists:{" "}
          {inLists.map((l, i) => (
            <span key={l.slug}>
              {i > 0 && " · "}
              <Link href={routes.readingList(l.slug)}>{l.title}</Link>
            </span>
          ))}
        </span>
      )}
    </>
  );
  const data = {
    id: page.path,
    "data-docs-node": "",
    "data-search": [page.title, page.linktitle ?? "", ...page.headings.map((h) => h.text), ...page.keywords]
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
            <Node key={c.page.path} node={c} terms={terms} lists={lists} />
          ))}
        </ul>
      </details>
    </li>
  );
}

export default function DocsMapPage() {
  const { docsMap, glossary, links, readingLists } = getContent();
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
      <p className="lede">
        All {docsMap.pages.length} pages of the Istio docs (release {docsMap.release}) in their sections, so you can see
        whether a topic lives under Concepts, Setup, Tasks, Operations or Reference. Each page links to istio.io; each
        node has its own link, such as <code>/docs-map/#tasks/traffic-management/ingress/secure-ingress</code>.
      </p>
      <DocsMapFilter treeId="docs-tree" />
      <ul id="docs-tree" className="docs-tree">
        {docsTree(docsMap.pages).map((n) => (
          <Node key={n.page.path} node={n} terms={terms} lists={lists} />
        ))}
      </ul>
    </>
  );
}
