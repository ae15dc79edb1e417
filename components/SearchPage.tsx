"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { Link } from "@/components/Link";
import { type ReleaseLink, rememberedRelease, withLinkVersion } from "@/lib/docs-map/releases";
import { routes } from "@/lib/routes";
import { loadSearchEngine, loadWholeSearchEngine, type Searcher } from "@/lib/search/client";
import type { SearchAnswer } from "@/lib/search/host";
import type { MarkedResult } from "@/lib/search/marks";
import { ResultLine } from "./ResultLine";
import { groupResults } from "./result-groups";

const PAGE_LIMIT = 50;

/** No answer yet, or none for an empty box. */
const NO_ANSWER: SearchAnswer & { query: string } = { query: "", results: [], total: 0, nearest: [] };

/** The full results page: reads `?q=` (so wiki links work) and keeps the URL in step while typing. */
export function SearchPage() {
  const params = useSearchParams();
  const router = useRouter();
  const id = useId();
  const [query, setQuery] = useState(params.get("q") ?? "");
  const [engine, setEngine] = useState<Searcher | null>(null);
  /** The engine's answer and the query it answers (an answer to an older query is not shown). */
  const [answer, setAnswer] = useState(NO_ANSWER);
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

  useEffect(() => {
    if (!engine || !query.trim()) return;
    let current = true;
    engine.search(query, { limit: PAGE_LIMIT, nearest: 5 }).then(
      (a) => current && setAnswer({ ...a, query }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [engine, query]);

  // While the next answer is on its way, the last one stays (and says which query it answers).
  const shown = query.trim() ? answer : NO_ANSWER;
  const { results, total, nearest } = shown;
  const asked = shown.query.trim();
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
          : !engine || (query.trim() && !asked)
            ? query && "Loading the index…"
            : query.trim()
              ? total > results.length
                ? `The best ${results.length} of ${total} results for “${asked}”`
                : `${total} result${total === 1 ? "" : "s"} for “${asked}”`
              : "Type a word, a kind such as VirtualService, or an abbreviation such as DR."}
        {partial && !failed && " Docs pages could not be loaded, so none are among them."}
      </div>
      {asked && total === 0 && <NoResults query={asked} nearest={nearest} />}
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
                    <ResultLine result={result} />
                  </a>
                ) : (
                  <Link href={result.url} className="result-link">
                    <ResultLine result={result} />
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
function NoResults({ query, nearest }: { query: string; nearest: MarkedResult[] }) {
  return (
    <section aria-label="No results" className="no-results">
      {nearest.length > 0 && (
        <>
          <h2 className="group-heading">Did you mean</h2>
          <ul className="results">
            {nearest.map((r) => (
              <li key={r.id}>
                <Link href={r.url} className="result-link">
                  <ResultLine result={r} />
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
