import type { Root } from "hast";
import { Link } from "@/components/Link";
import { Markdown } from "@/components/Markdown";
import { ReleasePicker } from "@/components/ReleasePicker";
import type { Content } from "@/lib/content/registry";
import { siteDecoderData } from "@/lib/decoder/site-data";
import type { DocsMap, DocsNode } from "@/lib/docs-map/load";
import type { DocsTreeNode } from "@/lib/docs-map/tree";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";
import { splitTermRef } from "@/lib/source/term-ref";

/** What the map shows next to each page, from the rest of the content. */
export type DocsMapLinks = {
  /**
   * Docs path -> its summary, rendered with glossary links (each sense linked once per page); only a link to an
   * overloaded term carries its card, which tells the senses apart.
   */
  summaries: Map<string, Root>;
  /** Each page's terms; `sense` where the page means one sense of the term (its link goes to that sense). */
  terms: Map<string, { slug: string; sense: string | undefined; term: string }[]>;
  lists: Map<string, { slug: string; title: string }[]>;
  /** Docs page id -> the error codes and messages that page explains. */
  explains: Map<string, { id: string; code: string }[]>;
};

/** Everything a section's map shows beside its pages; summaries are rendered in page order, so the first one
 * to mention a sense links it. */
export function docsMapLinks(content: Content, shown: readonly DocsTreeNode[]): DocsMapLinks {
  const summaries = new Map<string, Root>();
  const seen = new Set<string>();
  const walk = (n: DocsTreeNode) => {
    if (n.page.summary)
      summaries.set(
        n.page.path,
        renderMarkdown(n.page.summary, { data: siteDecoderData(), seen, cards: "overloaded" }),
      );
    n.children.forEach(walk);
  };
  shown.forEach(walk);
  const explains: DocsMapLinks["explains"] = new Map();
  for (const e of content.errors) {
    if (e.docs_page) explains.set(e.docs_page, [...(explains.get(e.docs_page) ?? []), { id: e.id, code: e.code }]);
  }
  const lists: DocsMapLinks["lists"] = new Map();
  for (const l of content.readingLists) {
    for (const step of l.stages.flatMap((s) => s.steps)) {
      if (step.doc) lists.set(step.doc, [...(lists.get(step.doc) ?? []), { slug: l.slug, title: l.title }]);
    }
  }
  const bySlug = new Map(content.glossary.map((e) => [e.slug, e]));
  const terms = new Map(
    [...content.links.termsByPage].map(([path, refs]) => [
      path,
      refs.map((ref) => {
        const [slug, sense] = splitTermRef(ref);
        const entry = bySlug.get(slug);
        // A link to one sense says which: "Tag (Git release tag)".
        const label = sense === undefined ? undefined : entry?.senses.find((s) => s.id === sense)?.label;
        return { slug, sense, term: `${entry?.term ?? slug}${label ? ` (${label})` : ""}` };
      }),
    ]),
  );
  return { summaries, terms, lists, explains };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function istioLink(node: DocsTreeNode, className: string) {
  return (
    <a href={node.page.url} rel="noopener noreferrer" className={className} data-docs-link="">
      {node.page.title}
    </a>
  );
}

/** How the page differs in each other release; the release switch shows the notes of the release picked. */
export function ReleaseDiffs({ differs }: { differs: DocsNode["differs"] }) {
  return differs.map((d) => (
    <span key={d.release} className="badge release-diff" data-release-note={d.release} hidden>
      {d.kind === "absent" ? `Not in ${d.release}` : `Titled “${d.title}” in ${d.release}`}
    </span>
  ));
}

/** A page of one section's map: its summary, and folded, the questions it answers, its terms and lists. */
export function DocsMapNode({ node, links }: { node: DocsTreeNode; links: DocsMapLinks }) {
  const { page, children } = node;
  const linked = links.terms.get(page.path) ?? [];
  const inLists = links.lists.get(page.id) ?? [];
  const errors = links.explains.get(page.id) ?? [];
  const summary = links.summaries.get(page.path);
  const label = (
    <>
      {istioLink(node, "docs-title external")} <ReleaseDiffs differs={page.differs} />{" "}
      <a href={`#${page.path}`} className="docs-permalink" aria-label={`Link to ${page.title} on the map`}>
        #
      </a>
      {summary && (
        <span className="docs-summary">
          <Markdown inline tree={summary} />
        </span>
      )}
      {(page.answers.length > 0 || linked.length > 0 || inLists.length > 0 || errors.length > 0) && (
        <details className="docs-more">
          <summary>
            {[
              page.answers.length > 0 && `${plural(page.answers.length, "question")} it answers`,
              linked.length > 0 && plural(linked.length, "term"),
              errors.length > 0 && plural(errors.length, "error code"),
              inLists.length > 0 && "reading lists",
            ]
              .filter(Boolean)
              .join(" · ")}
          </summary>
          {page.answers.length > 0 && (
            <ul className="docs-answers">
              {page.answers.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; the text as its key would ship each answer twice.
                <li key={i}>{a}</li>
              ))}
            </ul>
          )}
          {linked.length > 0 && (
            <p className="docs-terms">
              {"Terms: "}
              {linked.map((t) => (
                <Link key={t.slug} href={routes.term(t.slug, t.sense)}>
                  {t.term}
                </Link>
              ))}
            </p>
          )}
          {errors.length > 0 && (
            <p className="docs-terms">
              {"Explains: "}
              {errors.map((x) => (
                <Link key={x.id} href={routes.error(x.id)}>
                  <code>{x.code}</code>
                </Link>
              ))}
            </p>
          )}
          {inLists.length > 0 && (
            <p className="docs-terms">
              {"In reading lists: "}
              {inLists.map((l) => (
                <Link key={l.slug} href={routes.readingList(l.slug)}>
                  {l.title}
                </Link>
              ))}
            </p>
          )}
        </details>
      )}
    </>
  );
  if (children.length === 0) {
    return (
      <li id={page.path} data-docs-node="" className="docs-leaf">
        {label}
      </li>
    );
  }
  // The page's own link and notes stand outside <summary>, which may hold no links of its own.
  return (
    <li id={page.path} data-docs-node="">
      <span className="docs-node-head">{label}</span>
      <details open={page.path.split("/").length === 2}>
        <summary>
          {plural(children.length, "page")} under {page.title}
        </summary>
        <ul className="docs-children">
          {children.map((c) => (
            <DocsMapNode key={c.page.path} node={c} links={links} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** A page on the overview: its title, leading to its place on its section's map, and its istio.io link. */
export function DocsOutlineNode({ node }: { node: DocsTreeNode }) {
  const { page, children } = node;
  const depth = page.path.split("/").length;
  const head = (
    <>
      <Link href={routes.docsMapNode(page.path)} className={depth === 1 ? "docs-title" : undefined}>
        {page.title}
      </Link>{" "}
      <a
        href={page.url}
        rel="noopener noreferrer"
        className="docs-istio external"
        aria-label={`${page.title} on istio.io`}
        data-docs-link=""
      >
        istio.io
      </a>{" "}
      <ReleaseDiffs differs={page.differs} />
    </>
  );
  if (children.length === 0) {
    return (
      <li id={page.path} data-docs-node="" className="docs-leaf">
        {head}
      </li>
    );
  }
  return (
    <li id={page.path} data-docs-node="">
      <span className="docs-node-head">{head}</span>
      {depth === 1 && page.summary && (
        <span className="docs-summary">
          <Markdown inline tree={renderMarkdown(page.summary)} />
        </span>
      )}
      <details open={depth === 1}>
        <summary>
          {plural(children.length, "page")} under {page.title}
        </summary>
        <ul className="docs-children">
          {children.map((c) => (
            <DocsOutlineNode key={c.page.path} node={c} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Which release the map describes and where its links go, and the switch to the others it holds. */
export function ReleaseNote({ docsMap }: { docsMap: DocsMap }) {
  const others = docsMap.releases.slice(1);
  return (
    <>
      <ReleaseText docsMap={docsMap} />
      {others.length > 0 && (
        <ReleasePicker releases={docsMap.releases.map((r) => ({ release: r.release, linkVersion: r.linkVersion }))} />
      )}
    </>
  );
}

function ReleaseText({ docsMap }: { docsMap: DocsMap }) {
  const others = docsMap.releases.slice(1).map((r) => r.release);
  const links =
    docsMap.linkVersion === "latest"
      ? "Links go to the current docs on istio.io"
      : `Links go to istio.io's ${docsMap.linkVersion} copy of each page, so they match what the map describes`;
  return (
    <p className="release-note" role="note">
      This map is of the Istio {docsMap.release} docs{docsMap.asOf ? ` as they stood on ${docsMap.asOf}` : ""}
      {others.length > 0 ? `, and knows which of its pages ${others.join(" and ")} lack or title differently. ` : ". "}
      {links}
      {others.length > 0 ? ", unless you pick another release below; search results follow your pick." : "."}
    </p>
  );
}
