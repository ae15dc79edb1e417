"use client";

import { useEffect, useId, useState } from "react";

/** Opens every <details> above an element so it can be seen. */
function reveal(el: Element | null) {
  for (let d = el?.closest("details"); d; d = d.parentElement?.closest("details")) d.open = true;
}

/**
 * Filter-as-you-type over titles, headings and keywords of the server-rendered tree, and deep links:
 * `#tasks/security/authn` opens the sections above that page and scrolls to it.
 */
export function DocsMapFilter({ treeId }: { treeId: string }) {
  const id = useId();
  const [text, setText] = useState("");
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    const open = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      if (!hash) return;
      const target = document.getElementById(hash);
      if (!target) return;
      reveal(target);
      const details = target.querySelector(":scope > details:not(.docs-more)");
      if (details instanceof HTMLDetailsElement) details.open = true;
      target.scrollIntoView({ block: "start" });
      target.classList.add("docs-target");
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, []);

  useEffect(() => {
    const tree = document.getElementById(treeId);
    if (!tree) return;
    const needle = text.trim().toLowerCase();
    const nodes = [...tree.querySelectorAll<HTMLElement>("[data-docs-node]")];
    if (!needle) {
      for (const n of nodes) n.hidden = false;
      setCount(null);
      return;
    }
    const words = needle.split(/\s+/);
    const matches = new Set(nodes.filter((n) => words.every((w) => (n.dataset.search ?? "").includes(w))));
    for (const n of nodes) {
      const keep = matches.has(n) || [...matches].some((m) => n.contains(m));
      n.hidden = !keep;
      if (keep && n.contains(document.activeElement) === false) {
        const d = n.querySelector(":scope > details:not(.docs-more)");
        if (d instanceof HTMLDetailsElement) d.open = [...matches].some((m) => m !== n && n.contains(m));
      }
    }
    setCount(matches.size);
  }, [text, treeId]);

  return (
    <div className="filters docs-filter">
      <label htmlFor={`${id}-f`}>
        Filter pages by title, heading, keyword or question
        <input
          id={`${id}-f`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. ingress tls"
        />
      </label>
      <output aria-live="polite" className="muted">
        {count === null ? "" : `${count} page${count === 1 ? "" : "s"} match`}
      </output>
    </div>
  );
}
