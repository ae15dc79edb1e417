"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { rememberedRelease, withLinkVersion } from "@/lib/docs-map/releases";
import { routes, withBase } from "@/lib/routes";
import { ResultLine } from "./ResultLine";
import { readRecent, rememberSearch } from "./recent-searches";
import { groupResults } from "./result-groups";
import { OptionGroup, SearchOption } from "./search/SearchOption";
import { useCombobox } from "./search/use-combobox";
import { useIdleWarm } from "./search/use-idle-warm";
import { useSearch } from "./search/use-search";

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

/** `/` and Ctrl/Cmd+K focus the page's primary search box, or the header's. */
function useSearchShortcut(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
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
  }, [enabled]);
}

/** The search box with suggestions grouped by kind; recent searches when empty; Enter opens the results page. */
export function SearchBox({ primary = false, autoFocus = false, globalShortcut = false }: Props) {
  const router = useRouter();
  const search = useSearch(MAX_SUGGESTIONS);
  const { query, results } = search;
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<string[]>([]);
  useSearchShortcut(globalShortcut);

  // With an empty box the options are the recent searches; otherwise the results and "all results".
  const showRecent = !query.trim() && recent.length > 0;
  const allHref = routes.searchFor(query);
  const expanded = open && (query.trim() !== "" || showRecent);

  const go = (url: string) => {
    setOpen(false);
    rememberSearch(query);
    // A docs page opens in the release picked on the docs map, when one was.
    const release = rememberedRelease();
    if (/^https?:/.test(url)) return window.location.assign(release ? withLinkVersion(url, release.linkVersion) : url);
    const target = new URL(withBase(url), window.location.href);
    // Another sense of the term on screen: a plain fragment change, so the browser moves `:target` too.
    if (target.pathname === window.location.pathname && target.hash) window.location.hash = target.hash;
    else router.push(url);
  };

  const type = (q: string) => {
    combobox.setActive(-1);
    setOpen(q.trim() !== "");
    search.run(q);
  };

  const combobox = useCombobox({
    count: showRecent ? recent.length : results.length + 1,
    navigable: query.trim() !== "" || showRecent,
    open,
    onOpen: () => setOpen(true),
    onClose: () => setOpen(false),
    onEnter(active) {
      if (showRecent && active >= 0) {
        type(recent[active] ?? "");
        return true;
      }
      if (!query.trim()) return false;
      const chosen = active >= 0 ? results[active] : undefined;
      go(chosen ? chosen.url : allHref);
      return true;
    },
  });
  const { active, setActive, optionId } = combobox;

  // The index loads before it is asked for where search is likely: at once on the search-first home page (its
  // box has focus before any script runs, so no focus event comes), when a pointer reaches a box, and on idle
  // on the pages that answer one thing (the header's box, once per page).
  const { warmUp } = search;
  useEffect(() => {
    if (primary) warmUp();
  }, [primary, warmUp]);
  useIdleWarm(globalShortcut);

  const onFocus = () => {
    const saved = readRecent();
    setRecent(saved);
    if (!query.trim() && saved.length > 0) setOpen(true);
    search.warmUp();
  };

  return (
    // A real form, so that without JavaScript (or before it loads) Enter still opens the results page.
    // biome-ignore lint/a11y/useSemanticElements: a <form role=search> submits without script; <search> alone does not.
    <form
      role="search"
      aria-label={primary ? "Search the glossary and docs" : "Site search"}
      action={withBase(routes.search)}
      method="get"
      className={primary ? "searchbox searchbox-primary" : "searchbox"}
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={`${combobox.id}-input`} className="visually-hidden">
        {primary ? "Search the glossary and docs" : "Search"}
      </label>
      <input
        id={`${combobox.id}-input`}
        type="search"
        name="q"
        {...combobox.inputProps(expanded)}
        autoComplete="off"
        spellCheck={false}
        // biome-ignore lint/a11y/noAutofocus: the home page is search-first, as the product promises.
        autoFocus={autoFocus}
        placeholder={primary ? "Search a term, a kind or a question: cluster, VS, mTLS…" : "Search…  ( / )"}
        value={query}
        data-search-input=""
        data-primary-search={primary ? "" : undefined}
        onFocus={onFocus}
        onPointerEnter={search.warmUp}
        onChange={(e) => type(e.target.value)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div
        id={combobox.listId}
        role="listbox"
        aria-label="Suggestions"
        className="suggestions"
        hidden={!expanded}
        data-results-for={search.resultsFor}
      >
        {showRecent && (
          <OptionGroup label="Recent searches">
            {recent.map((r, i) => (
              <SearchOption
                key={r}
                id={optionId(i)}
                selected={i === active}
                onChoose={() => type(r)}
                onHover={() => setActive(i)}
              >
                {r}
              </SearchOption>
            ))}
          </OptionGroup>
        )}
        {search.status === "error" && <p className="muted">The search index could not be loaded.</p>}
        {search.status === "ready" && !showRecent && results.length === 0 && <p className="muted">No matches yet.</p>}
        {search.approximate && !showRecent && <p className="muted">Nothing matches; names close to yours:</p>}
        {groupResults(results).map((g) => (
          <OptionGroup label={g.label} key={g.key}>
            {g.items.map(({ result, index }) => (
              <SearchOption
                key={`${result.id}#${result.sense ?? ""}`}
                id={optionId(index)}
                selected={index === active}
                onChoose={() => go(result.url)}
                onHover={() => setActive(index)}
              >
                <ResultLine result={result} compact />
              </SearchOption>
            ))}
          </OptionGroup>
        ))}
        <SearchOption
          hidden={showRecent}
          id={showRecent ? undefined : optionId(results.length)}
          selected={active === results.length}
          className="option option-all"
          onChoose={() => go(allHref)}
          onHover={() => setActive(results.length)}
        >
          See all results for “{query.trim()}”
        </SearchOption>
      </div>
    </form>
  );
}
