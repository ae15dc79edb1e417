"use client";

import { useCallback, useRef, useState } from "react";
import { loadSearchEngine, loadWholeSearchEngine, type Searcher } from "@/lib/search/client";
import type { MarkedResult } from "@/lib/search/marks";

export type SearchStatus = "idle" | "loading" | "ready" | "error";

/**
 * The search a box runs as the user types: loads the engine on first use (shared by every box on the page),
 * answers each query, and lets only the latest query write results (an earlier one finishing late is dropped).
 */
export function useSearch(limit: number) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<MarkedResult[]>([]);
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
    const answer = (engine: Searcher) =>
      engine.search(q, { limit, nearest: 3 }).then(({ results: found, nearest }) => {
        if (ticket !== latest.current) return;
        setResults(found.length > 0 ? found : nearest);
        setApproximate(found.length === 0 && nearest.length > 0);
        setResultsFor(q);
      });
    const failed = () => setStatus("error");
    loadSearchEngine().then((engine) => {
      setStatus("ready");
      // The first index part answers; when the docs pages are in, the same query is answered again.
      answer(engine).then(
        () =>
          loadWholeSearchEngine().then(
            (whole) => (whole === engine ? undefined : answer(whole)),
            () => undefined,
          ),
        failed,
      );
    }, failed);
  };

  return { query, results, approximate, resultsFor, status, warmUp, run };
}
