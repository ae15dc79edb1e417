"use client";

import { useEffect, useId, useState } from "react";
import { withBase } from "@/lib/routes";

/** One select of the filter: its URL parameter, label, and options (value, label). */
export type FilterChoice = { param: string; label: string; all: string; options: { value: string; label: string }[] };

type Props = {
  /** The list the filter hides items of: elements with `data-item`, their `data-<param>` and `data-names`. */
  listId: string;
  choices: FilterChoice[];
  /** What an item is called in the count ("term", "code"). */
  noun: string;
  textLabel: string;
  placeholder: string;
  /**
   * Where more names of each item are fetched from when the text filter is first used (`ListNames`, matched by
   * `data-id`); until they arrive, and without it, an item matches by its `data-names`.
   */
  namesUrl?: string;
};

const pendingNames = new Map<string, Promise<Map<string, string>>>();

/** An item list's extra names, fetched once per address and checked on arrival (the schema loads with them). */
function loadNames(url: string): Promise<Map<string, string>> {
  let pending = pendingNames.get(url);
  if (!pending) {
    pending = Promise.all([
      fetch(withBase(url)).then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      }),
      import("@/lib/content/list-names"),
    ]).then(([json, { listNamesSchema }]) => new Map(listNamesSchema.parse(json).items));
    pending.catch(() => pendingNames.delete(url));
    pendingNames.set(url, pending);
  }
  return pending;
}

/**
 * Filters a server-rendered list in place (the list stays complete without JavaScript) and keeps the choice in
 * the URL, so a filtered view can be linked from a wiki. Sections (`data-letter-section`) with nothing left hide.
 */
export function ListFilter({ listId, choices, noun, textLabel, placeholder, namesUrl }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [text, setText] = useState("");
  const [shown, setShown] = useState<number | null>(null);
  const [names, setNames] = useState<Map<string, string> | null>(null);

  // The extra names are fetched on the first text typed (or given in the URL); a failed fetch leaves the shown names.
  useEffect(() => {
    if (namesUrl && text.trim() && !names) loadNames(namesUrl).then(setNames, () => {});
  }, [namesUrl, text, names]);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    // The URL's choices, under any the reader already made while the page was still starting up.
    setChosen((made) => ({ ...Object.fromEntries(choices.map((c) => [c.param, params.get(c.param) ?? ""])), ...made }));
    setText((typed) => typed || (params.get("filter") ?? ""));
  }, [choices]);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const needle = text.trim().toLowerCase();
    let count = 0;
    for (const item of list.querySelectorAll<HTMLElement>("[data-item]")) {
      const ok =
        choices.every((c) => {
          const want = chosen[c.param];
          return !want || (item.getAttribute(`data-${c.param}`) ?? "").split(" ").includes(want);
        }) &&
        (!needle || (names?.get(item.dataset.id ?? "") ?? item.dataset.names ?? "").includes(needle));
      item.hidden = !ok;
      if (ok) count++;
      // Inside a shown item, the parts of another context step back (a term's other senses).
      const context = chosen.context;
      for (const part of item.querySelectorAll<HTMLElement>("[data-part-context]")) {
        part.classList.toggle("dimmed", !!context && part.dataset.partContext !== context);
      }
    }
    for (const section of list.querySelectorAll<HTMLElement>("[data-letter-section]")) {
      section.hidden = !section.querySelector("[data-item]:not([hidden])");
    }
    setShown(count);
    const params = new URLSearchParams();
    for (const c of choices) if (chosen[c.param]) params.set(c.param, chosen[c.param] ?? "");
    if (text) params.set("filter", text);
    const qs = params.toString();
    window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  }, [chosen, text, listId, choices, names]);

  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-text`}>
        {textLabel}
        <input
          id={`${id}-text`}
          type="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={placeholder}
        />
      </label>
      {choices.map((c) => (
        <label key={c.param} htmlFor={`${id}-${c.param}`}>
          {c.label}
          <select
            id={`${id}-${c.param}`}
            value={chosen[c.param] ?? ""}
            onChange={(e) => setChosen((prev) => ({ ...prev, [c.param]: e.target.value }))}
          >
            <option value="">{c.all}</option>
            {c.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <output aria-live="polite" className="muted">
        {shown === null ? "" : `${shown} ${noun}${shown === 1 ? "" : "s"}`}
      </output>
    </form>
  );
}
