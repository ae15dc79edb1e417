import type { Metadata } from "next";
import { DocsMapFilter } from "@/components/DocsMapFilter";
import { DocsOutlineNode, ReleaseNote } from "@/components/DocsMapTree";
import { Link } from "@/components/Link";
import { getContent } from "@/lib/content/load";
import { docsTree } from "@/lib/docs-map/tree";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Istio docs map" };

/** The overview: every page's title in the sections istio.io uses; each section's own page has the summaries. */
export default function DocsMapPage() {
  const { docsMap } = getContent();
  if (!docsMap) return <h1>No docs map</h1>;
  const sections = docsTree(docsMap.pages);
  return (
    <>
      <h1>Istio docs map</h1>
      <ReleaseNote docsMap={docsMap} />
      <p className="lede">
        All {docsMap.pages.length} pages of the Istio docs in the sections istio.io&apos;s navigation uses, so you can
        see whether a topic lives under Concepts, Sidecar Mode, Tasks, Operations or Reference. Each section has a page
        with our summary of every page in it, the questions each answers and its glossary terms; each page has its own
        link there, such as{" "}
        <Link href={routes.docsMapNode("tasks/traffic-management/ingress/secure-ingress")}>
          <code>{routes.docsMapNode("tasks/traffic-management/ingress/secure-ingress")}</code>
        </Link>
        .
      </p>
      <nav aria-label="Sections" className="chips docs-sections">
        {sections.map((s) => (
          <Link key={s.page.path} href={routes.docsMapSection(s.page.path)}>
            {s.page.title}
          </Link>
        ))}
      </nav>
      <DocsMapFilter treeId="docs-tree" forwardDeepLinks />
      <ul id="docs-tree" className="docs-tree docs-outline">
        {sections.map((n) => (
          <DocsOutlineNode key={n.page.path} node={n} />
        ))}
      </ul>
    </>
  );
}
