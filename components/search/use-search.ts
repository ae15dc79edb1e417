"use client";

import { useCallback, useRef, useState } from "react";
import { loadSearchEngine, loadWholeSearchEngine } from "@/lib/search/client";
import type { SearchEngine } from "@/lib/search/engine";
import type { SearchResult } from "@/lib/search/types";

export type SearchStatus = "idle" | "loading" | "ready" | "error";

/**
 * The search a box runs as the user types: loads the engine on first use (shared by every box on the page),
 * answers each query, and lets only the latest query write results (an earlier one finishing late is dropped).
 */
export function useSearch(limit: number) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SearchResult[]>([]);
  /** The query the shown results answer (read by the benchmark to time keystroke to results). */
  const [resultsFor, setResultsFor] = useState("");
  const [status, setStatus] = useState<SearchStatus>("idle");
  /** The results are names close to the query, because nothing matched it. */
  const [approximate, setApproximate] = useState(false);
  const latest = useRef(0);

  /** Starts loading the engine (on focus, pointer, or at once), so the first keystroke finds it ready. */
  const warming = useRef(false);
  const warmUp = useCallback(() => {
    if (warming.current) return;
    warming.current = true;
    setStatus((s) => (s === "idle" ? "loading" : s));
    loadSearchEngine().then(
      () => setStatus("ready"),
      () => {
        warming.current = false;
        setStatus("error");
      },
    );
  }, []);

  const run = (q: string) => {
    setQuery(q);
    const ticket = ++latest.current;
    if (q.trim() === "") {
      setResults([]);
      setResultsFor("");
      return;
    }
    const answer = (engine: SearchEngine) => {
      if (ticket !== latest.current) return;
      const found = engine.search(q, { limit });
      const fallback = found.length === 0 ? engine.nearestNames(q, 3) : [];
      setResults(found.length > 0 ? found : fallback);
      setApproximate(found.length === 0 && fallback.length > 0);
      setResultsFor(q);
    };
    loadSearchEngine().then(
      (engine) => {
        setStatus("ready");
        answer(engine);
        // The first index part answered; when the docs pages are in, the same query is answered again.
        loadWholeSearchEngine().then(
          (whole) => whole !== engine && answer(whole),
          () => undefined,
        );
      },
      () => setStatus("error"),
    );
  };

  return { query, results, approximate, resultsFor, status, warmUp, run };
}
