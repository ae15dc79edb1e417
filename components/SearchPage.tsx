"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { Link } from "@/components/Link";
import { type ReleaseLink, rememberedRelease, withLinkVersion } from "@/lib/docs-map/releases";
import { routes } from "@/lib/routes";
import { loadSearchEngine, loadWholeSearchEngine } from "@/lib/search/client";
import type { SearchEngine } from "@/lib/search/engine";
import type { SearchResult } from "@/lib/search/types";
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
  /** The docs pages' part of the index did not arrive: the results are the first part's only. */
  const [partial, setPartial] = useState(false);
  /** The release picked on the docs map: docs results link to its copy on istio.io. */
  const [release, setRelease] = useState<ReleaseLink | null>(null);

  useEffect(() => {
    setRelease(rememberedRelease());
    // Results from the index's first part at once, then from the whole when the docs pages are in.
    loadSearchEngine().then(
      (first) => {
        setEngine(first);
        loadWholeSearchEngine().then(setEngine, () => setPartial(true));
      },
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    setQuery(params.get("q") ?? "");
  }, [params]);

  const update = (q: string) => {
    setQuery(q);
    router.replace(q ? routes.searchFor(q) : routes.search, { scroll: false });
  };

  const { results, total } =
    engine && query.trim() ? engine.searchWithTotal(query, { limit: PAGE_LIMIT }) : { results: [], total: 0 };
  const groups = groupResults(results);
  const nearest = engine && query.trim() && total === 0 ? engine.nearestNames(query) : [];

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
              ? total > results.length
                ? `The best ${results.length} of ${total} results for “${query.trim()}”`
                : `${total} result${total === 1 ? "" : "s"} for “${query.trim()}”`
              : "Type a word, a kind such as VirtualService, or an abbreviation such as DR."}
        {partial && !failed && " Docs pages could not be loaded, so none are among them."}
      </div>
      {engine && query.trim() && total === 0 && <NoResults query={query.trim()} nearest={nearest} />}
      {groups.map((g) => (
        <section key={g.key} aria-label={g.label}>
          <h2 className="group-heading">{g.label}</h2>
          <ol className="results">
            {g.items.map(({ result }) => (
              <li key={`${result.id}#${result.sense ?? ""}`}>
                {/^https?:/.test(result.url) ? (
                  <a
                    href={release ? withLinkVersion(result.url, release.linkVersion) : result.url}
                    className="result-link"
                    rel="noopener noreferrer"
                  >
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

/** A dead end no more: names close to what was typed, and the two other ways in. */
function NoResults({ query, nearest }: { query: string; nearest: SearchResult[] }) {
  return (
    <section aria-label="No results" className="no-results">
      {nearest.length > 0 && (
        <>
          <h2 className="group-heading">Did you mean</h2>
          <ul className="results">
            {nearest.map((r) => (
              <li key={r.id}>
                <Link href={r.url} className="result-link">
                  <ResultLine result={r} query={query} />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Nothing in the glossary or the docs map matches. Browse the <Link href={routes.docsMap}>docs map</Link> by
        section, or, if you pasted a log line, a manifest or a paragraph, read it in the{" "}
        <Link href={`${routes.decode}#text=${encodeURIComponent(query.toWellFormed())}`}>decoder</Link>.
      </p>
    </section>
  );
}
