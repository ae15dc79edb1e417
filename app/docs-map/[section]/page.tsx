import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocsMapFilter } from "@/components/DocsMapFilter";
import { DocsMapNode, docsMapLinks, ReleaseNote } from "@/components/DocsMapTree";
import { Link } from "@/components/Link";
import { Markdown } from "@/components/Markdown";
import { getContent } from "@/lib/content/load";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { docsTree } from "@/lib/docs-map/tree";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";

type Params = { params: Promise<{ section: string }> };

export const dynamicParams = false;

const sections = () => docsTree(getContent().docsMap?.pages ?? []);

export function generateStaticParams() {
  return sections().map((s) => ({ section: s.page.path }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section } = await params;
  const node = sections().find((s) => s.page.path === section);
  return node ? { title: `${node.page.title} · Istio docs map`, description: node.page.summary ?? undefined } : {};
}

/** One top-level section of the docs: every page in it with our summary, the questions it answers and its terms. */
export default async function DocsMapSectionPage({ params }: Params) {
  const { section } = await params;
  const content = getContent();
  const all = sections();
  const at = all.findIndex((s) => s.page.path === section);
  const node = all[at];
  if (!content.docsMap || !node) notFound();
  const links = docsMapLinks(content, node.children);
  const [prev, next] = [all[at - 1], all[at + 1]];
  const count = (n: typeof node): number => n.children.reduce((sum, c) => sum + 1 + count(c), 0);
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={routes.docsMap}>Docs map</Link> <span aria-hidden="true">›</span> <span>{node.page.title}</span>
      </nav>
      <h1 id={node.page.path} className="docs-section-title">
        {node.page.title}{" "}
        <a href={node.page.url} rel="noopener noreferrer" className="docs-istio external" data-docs-link="">
          istio.io
        </a>
      </h1>
      <ReleaseNote docsMap={content.docsMap} />
      {node.page.summary && (
        <p className="lede">
          <Markdown inline tree={renderMarkdown(node.page.summary, { data: siteDecoderData() })} />
        </p>
      )}
      <p className="muted">
        {count(node)} pages, each with our summary; the questions a page answers and its glossary terms are folded below
        it.
      </p>
      <DocsMapFilter treeId="docs-tree" />
      <ul id="docs-tree" className="docs-tree">
        {node.children.map((c) => (
          <DocsMapNode key={c.page.path} node={c} links={links} />
        ))}
      </ul>
      <nav aria-label="Other sections" className="section-pager">
        {prev && (
          <Link href={routes.docsMapSection(prev.page.path)} rel="prev">
            ← {prev.page.title}
          </Link>
        )}
        <Link href={routes.docsMap}>All sections</Link>
        {next && (
          <Link href={routes.docsMapSection(next.page.path)} rel="next">
            {next.page.title} →
          </Link>
        )}
      </nav>
    </>
  );
}
