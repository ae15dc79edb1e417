import type { DocsNode } from "./load";

/** A docs page with its children, in docs order. */
export type DocsTreeNode = { page: DocsNode; children: DocsTreeNode[] };

/** The map as a tree under the docs root (the root itself is left out: its children are the sections). */
export function docsTree(pages: readonly DocsNode[]): DocsTreeNode[] {
  const nodes = new Map(pages.map((p) => [p.path, { page: p, children: [] as DocsTreeNode[] }]));
  const roots: DocsTreeNode[] = [];
  for (const p of pages) {
    if (p.path === "") continue;
    const node = nodes.get(p.path);
    if (!node) continue;
    const parent = p.parent === null || p.parent === "" ? undefined : nodes.get(p.parent);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
