// biome-ignore-all lint/a11y/useSemanticElements: the WAI-ARIA combobox pattern needs role=group/option on plain elements.
// biome-ignore-all lint/a11y/useFocusableInteractive: options stay unfocusable; focus stays in the input (aria-activedescendant).
// biome-ignore-all lint/a11y/useKeyWithClickEvents: the keyboard is handled on the input, as the combobox pattern prescribes.
"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { routes, withBase } from "@/lib/routes";
import { loadSearchEngine } from "@/lib/search/client";
import type { SearchResult } from "@/lib/search/types";
import { ResultLine } from "./ResultLine";
import { readRecent, rememberSearch } from "./recent-searches";
import { groupResults } from "./result-groups";

type Props = {
  /** The big box on the home page; the shortcut keys focus it before the header's. */
  primary?: boolean;
  autoFocus?: boolean;
  /** Registers `/` and Ctrl/Cmd+K for the whole page (set on exactly one box). */
  globalShortcut?: boolean;
};

const MAX_SUGGESTIONS = 8;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

export function SearchBox({ primary = false, autoFocus = false, globalShortcut = false }: Props) {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SearchResult[]>([]);
  /** The query the shown results answer (read by the benchmark to time keystroke to results). */
  const [resultsFor, setResultsFor] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "ready" | "error">("idle");
  const [recent, setRecent] = useState<string[]>([]);

  useEffect(() => {
    if (!globalShortcut) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const combo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k";
      if (!combo && !(e.key === "/" && !isTyping(e.target))) return;
      e.preventDefault();
      const target =
        document.querySelector<HTMLInputElement>("[data-primary-search]") ??
        document.querySelector<HTMLInputElement>("[data-search-input]");
      target?.focus();
      target?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [globalShortcut]);

  const warmUp = () => {
    const saved = readRecent();
    setRecent(saved);
    if (!query.trim() && saved.length > 0) setOpen(true);
    if (status !== "idle") return;
    setStatus("loading");
    loadSearchEngine().then(
      () => setStatus("ready"),
      () => setStatus("error"),
    );
  };

  const run = (q: string) => {
    setQuery(q);
    setActive(-1);
    if (q.trim() === "") {
      setResults([]);
      setOpen(false);
      return;
    }
    setOpen(true);
    loadSearchEngine().then(
      (engine) => {
        setStatus("ready");
        // Only the latest keystroke may write results.
        if (inputRef.current?.value === q) {
          setResults(engine.search(q, { limit: MAX_SUGGESTIONS }));
          setResultsFor(q);
        }
      },
      () => setStatus("error"),
    );
  };

  const go = (url: string) => {
    setOpen(false);
    rememberSearch(query);
    if (/^https?:/.test(url)) window.location.assign(url);
    else router.push(url);
  };

  const allHref = routes.searchFor(query);
  // With an empty box the options are the recent searches; otherwise the results and "all results".
  const showRecent = !query.trim() && recent.length > 0;
  const optionCount = showRecent ? recent.length : results.length + 1;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!query.trim() && !showRecent) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((a) => (step > 0 ? (a + 1) % optionCount : a <= 0 ? optionCount - 1 : a - 1));
    } else if (e.key === "Enter") {
      if (showRecent && active >= 0) {
        e.preventDefault();
        run(recent[active] ?? "");
        return;
      }
      if (!query.trim()) return;
      e.preventDefault();
      const chosen = active >= 0 ? results[active] : undefined;
      go(chosen ? chosen.url : allHref);
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else inputRef.current?.blur();
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const groups = groupResults(results);
  const expanded = open && (query.trim() !== "" || showRecent);

  return (
    // A real form, so that without JavaScript (or before it loads) Enter still opens the results page.
    <form
      role="search"
      aria-label={primary ? "Search the glossary and docs" : "Site search"}
      action={withBase(routes.search)}
      method="get"
      className={primary ? "searchbox searchbox-primary" : "searchbox"}
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {primary ? "Search the glossary and docs" : "Search"}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="search"
        name="q"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        // biome-ignore lint/a11y/noAutofocus: the home page is search-first, as the product promises.
        autoFocus={autoFocus}
        placeholder={primary ? "Search a term, a kind or a question: cluster, VS, mTLS…" : "Search…  ( / )"}
        value={query}
        data-search-input=""
        data-primary-search={primary ? "" : undefined}
        onFocus={warmUp}
        onChange={(e) => run(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="suggestions"
        hidden={!expanded}
        data-results-for={resultsFor}
      >
        {showRecent && (
          <div role="group" aria-label="Recent searches">
            <div className="group-label" aria-hidden="true">
              Recent searches
            </div>
            {recent.map((r, i) => (
              <div
                key={r}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(r)}
                onMouseEnter={() => setActive(i)}
              >
                {r}
              </div>
            ))}
          </div>
        )}
        {status === "error" && <p className="muted">The search index could not be loaded.</p>}
        {status === "ready" && !showRecent && results.length === 0 && <p className="muted">No matches yet.</p>}
        {groups.map((g) => (
          <div role="group" aria-label={g.label} key={g.key}>
            <div className="group-label" aria-hidden="true">
              {g.label}
            </div>
            {g.items.map(({ result, index }) => (
              <div
                key={`${result.id}#${result.sense ?? ""}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => go(result.url)}
                onMouseEnter={() => setActive(index)}
              >
                <ResultLine result={result} query={query} compact />
              </div>
            ))}
          </div>
        ))}
        <div
          hidden={showRecent}
          id={showRecent ? undefined : optionId(results.length)}
          role="option"
          aria-selected={active === results.length}
          className="option option-all"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => go(allHref)}
          onMouseEnter={() => setActive(results.length)}
        >
          See all results for “{query.trim()}”
        </div>
      </div>
    </form>
  );
}
