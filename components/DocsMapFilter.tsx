"use client";

import { useEffect, useId, useState } from "react";
import { Link } from "@/components/Link";
import { filterDocs } from "@/lib/docs-map/filter";
import type { DocsFilterData } from "@/lib/docs-map/filter-data";
import { routes, withBase } from "@/lib/routes";

/** Opens every <details> above an element so it can be seen. */
function reveal(el: Element | null) {
  for (let d = el?.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
}

let pending: Promise<DocsFilterData> | undefined;

/** The filter's data, fetched once, on first use, and checked on arrival (the schema's code loads with it). */
function loadFilterData(): Promise<DocsFilterData> {
  pending ??= Promise.all([
    fetch(withBase(routes.docsMapFilter)).then((r) => {
      if (!r.ok) throw new Error(`docs map filter: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    }),
    import("@/lib/docs-map/filter-data"),
  ]).then(([json, { docsFilterDataSchema }]) => docsFilterDataSchema.parse(json));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

/**
 * Filter-as-you-type over titles, headings, keywords, summaries and questions of the server-rendered tree,
 * and deep links: `#tasks/security/authn` opens the sections above that page and scrolls to it. On the
 * overview (`forwardDeepLinks`), a deep link to a page goes on to that page's place on its section's map.
 */
export function DocsMapFilter({ treeId, forwardDeepLinks = false }: { treeId: string; forwardDeepLinks?: boolean }) {
  const id = useId();
  const [text, setText] = useState("");
  const [data, setData] = useState<DocsFilterData | null>(null);
  const [failed, setFailed] = useState(false);
  const [count, setCount] = useState<{ here: number; elsewhere: number } | null>(null);

  // `?filter=` (from another section's "elsewhere" link) starts the filter with its words.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("filter")?.slice(0, 200);
    if (initial) {
      setText(initial);
      loadFilterData().then(setData, () => setFailed(true));
    }
  }, []);

  useEffect(() => {
    const open = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      if (!hash) return;
      const target = document.getElementById(hash);
      if (!target?.hasAttribute("data-docs-node")) return;
      if (forwardDeepLinks) {
        window.location.replace(withBase(routes.docsMapNode(hash)));
        return;
      }
      reveal(target);
      const details = target.querySelector(":scope > details:not(.docs-more)");
      if (details instanceof HTMLDetailsElement) details.open = true;
      target.scrollIntoView({ block: "start" });
      for (const t of document.querySelectorAll(".docs-target")) t.classList.remove("docs-target");
      target.classList.add("docs-target");
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, [forwardDeepLinks]);

  const want = () => {
    if (!data) loadFilterData().then(setData, () => setFailed(true));
  };

  useEffect(() => {
    const tree = document.getElementById(treeId);
    if (!tree) return;
    const nodes = [...tree.querySelectorAll<HTMLElement>("[data-docs-node]")];
    if (!text.trim() || !data) {
      for (const n of nodes) n.hidden = false;
      setCount(null);
      return;
    }
    const { matches, shown } = filterDocs(data, text);
    let here = 0;
    for (const n of nodes) {
      const keep = shown.has(n.id);
      n.hidden = !keep;
      if (matches.has(n.id)) here++;
      if (keep && n.contains(document.activeElement) === false) {
        const d = n.querySelector(":scope > details:not(.docs-more)");
        // A section opens when a match lies below it; a matching page alone stays folded.
        if (d instanceof HTMLDetailsElement) d.open = [...matches].some((m) => m.startsWith(`${n.id}/`));
      }
    }
    setCount({ here, elsewhere: matches.size - here });
  }, [text, treeId, data]);

  return (
    <div className="filters docs-filter">
      <label htmlFor={`${id}-f`}>
        Filter pages by title, heading, keyword or question
        <input
          id={`${id}-f`}
          type="search"
          value={text}
          onFocus={want}
          onPointerEnter={want}
          onChange={(e) => {
            want();
            setText(e.target.value);
          }}
          placeholder="e.g. ingress tls"
        />
      </label>
      <output aria-live="polite" className="muted">
        {failed
          ? "The filter could not be loaded."
          : count === null
            ? text.trim() && !data
              ? "Loading…"
              : ""
            : `${count.here} page${count.here === 1 ? "" : "s"} match`}
        {count && count.elsewhere > 0 && (
          <>
            {" "}
            <Link href={`${routes.docsMap}?${new URLSearchParams({ filter: text.trim() })}`}>
              {count.elsewhere} more in other sections
            </Link>
          </>
        )}
      </output>
    </div>
  );
}
