"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { routes } from "@/lib/routes";
import { loadSearchEngine } from "@/lib/search/client";
import type { SearchEngine } from "@/lib/search/engine";
import { ResultLine } from "./ResultLine";
import { groupResults } from "./result-groups";

const PAGE_LIMIT = 50;

/** The full results page: reads `?q=` (so wiki links work) and keeps the URL in step while typing. */
export function SearchPage() {
  const params = useSearchParams();
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState(params.get("q") ?? "");
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadSearchEngine().then(setEngine, () => setFailed(true));
  }, []);

  useEffect(() => {
    setQuery(params.get("q") ?? "");
  }, [params]);

  const update = (q: string) => {
    setQuery(q);
    router.replace(q ? routes.searchFor(q) : routes.search, { scroll: false });
  };

  const results = engine && query.trim() ? engine.search(query, { limit: PAGE_LIMIT }) : [];
  const groups = groupResults(results);

  return (
    <div className="search-page">
      <search>
        <form onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={`${id}-q`} className="visually-hidden">
            Search query
          </label>
          <input
            id={`${id}-q`}
            type="search"
            className="search-page-input"
            value={query}
            onChange={(e) => update(e.target.value)}
            placeholder="Search terms, kinds, abbreviations…"
            autoComplete="off"
            spellCheck={false}
          />
        </form>
      </search>
      <div aria-live="polite" className="muted result-count">
        {failed
          ? "The search index could not be loaded."
          : !engine
            ? query && "Loading the index…"
            : query.trim()
              ? `${results.length} result${results.length === 1 ? "" : "s"} for “${query.trim()}”`
              : "Type a word, a kind such as VirtualService, or an abbreviation such as DR."}
      </div>
      {groups.map((g) => (
        <section key={g.key} aria-label={g.label}>
          <h2 className="group-heading">{g.label}</h2>
          <ol className="results">
            {g.items.map(({ result }) => (
              <li key={`${result.id}#${result.sense ?? ""}`}>
                {/^https?:/.test(result.url) ? (
                  <a href={result.url} className="result-link" rel="noopener noreferrer">
                    <ResultLine result={result} query={query} />
                  </a>
                ) : (
                  <Link href={result.url} className="result-link">
                    <ResultLine result={result} query={query} />
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
