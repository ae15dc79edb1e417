"use client";

import { useEffect, useId, useState } from "react";

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
};

/**
 * Filters a server-rendered list in place (the list stays complete without JavaScript) and keeps the choice in
 * the URL, so a filtered view can be linked from a wiki. Sections (`data-letter-section`) with nothing left hide.
 */
export function ListFilter({ listId, choices, noun, textLabel, placeholder }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [text, setText] = useState("");
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setChosen(Object.fromEntries(choices.map((c) => [c.param, params.get(c.param) ?? ""])));
    setText(params.get("filter") ?? "");
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
        (!needle || (item.dataset.names ?? "").includes(needle));
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
  }, [chosen, text, listId, choices]);

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
