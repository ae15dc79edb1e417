"use client";

import { useEffect, useId, useState } from "react";
import type { Tag } from "@/lib/content/schema";
import type { Context } from "@/lib/contexts";
import { CONTEXT_LABEL } from "./context-meta";

type Props = { contexts: Context[]; tags: Tag[]; listId: string };

/**
 * Filters the server-rendered A–Z list in place (the list stays complete without JavaScript) and keeps
 * the choice in the URL so a filtered view can be linked from a wiki.
 */
export function GlossaryFilter({ contexts, tags, listId }: Props) {
  const id = useId();
  const [context, setContext] = useState("");
  const [tag, setTag] = useState("");
  const [text, setText] = useState("");
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setContext(params.get("context") ?? "");
    setTag(params.get("tag") ?? "");
    setText(params.get("filter") ?? "");
  }, []);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const needle = text.trim().toLowerCase();
    let count = 0;
    for (const li of list.querySelectorAll<HTMLElement>("[data-term]")) {
      const ok =
        (!context || (li.dataset.contexts ?? "").split(" ").includes(context)) &&
        (!tag || (li.dataset.tags ?? "").split(" ").includes(tag)) &&
        (!needle || (li.dataset.names ?? "").includes(needle));
      li.hidden = !ok;
      if (ok) count++;
      for (const sense of li.querySelectorAll<HTMLElement>("[data-context]")) {
        sense.classList.toggle("dimmed", !!context && sense.dataset.context !== context);
      }
    }
    for (const section of list.querySelectorAll<HTMLElement>("[data-letter-section]")) {
      section.hidden = !section.querySelector("[data-term]:not([hidden])");
    }
    setShown(count);
    const params = new URLSearchParams();
    if (context) params.set("context", context);
    if (tag) params.set("tag", tag);
    if (text) params.set("filter", text);
    const qs = params.toString();
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  }, [context, tag, text, listId]);

  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-text`}>
        Name
        <input
          id={`${id}-text`}
          type="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. route"
        />
      </label>
      <label htmlFor={`${id}-context`}>
        Context
        <select id={`${id}-context`} value={context} onChange={(e) => setContext(e.target.value)}>
          <option value="">All contexts</option>
          {contexts.map((c) => (
            <option key={c} value={c}>
              {CONTEXT_LABEL[c]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-tag`}>
        Topic
        <select id={`${id}-tag`} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">All topics</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <output aria-live="polite" className="muted">
        {shown === null ? "" : `${shown} term${shown === 1 ? "" : "s"}`}
      </output>
    </form>
  );
}
