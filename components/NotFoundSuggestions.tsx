"use client";

import { useEffect, useState } from "react";
import { Link } from "@/components/Link";
import { PAGE_SEGMENTS, routes, withBase } from "@/lib/routes";

/** The site's own path words say nothing about what was looked for. */
const PAGE_WORDS: ReadonlySet<string> = new Set(PAGE_SEGMENTS);

import { loadSearchEngine } from "@/lib/search/client";
import type { MarkedResult } from "@/lib/search/marks";
import { site } from "@/lib/site";
import { slugWord } from "@/lib/text/slug";

/** Words of the missing path, e.g. "/glossary/virtal-service/" -> "virtal service". */
export function wordsOfPath(pathname: string): string {
  const path = pathname.startsWith(site.basePath) ? pathname.slice(site.basePath.length) : pathname;
  const segments = path.split("/").filter((s) => s && !PAGE_WORDS.has(s));
  return safeDecode(segments.join(" "))
    .replace(/[-_.]+/g, " ")
    .slice(0, 200);
}

/** The canonical word of a short link that was not found as written, if that differs from what was typed. */
export function shortLinkRetry(pathname: string): string | null {
  const path = pathname.startsWith(site.basePath) ? pathname.slice(site.basePath.length) : pathname;
  const typed = path.match(/^\/go\/([^/]+)\/?$/)?.[1];
  if (!typed) return null;
  const word = slugWord(safeDecode(typed));
  return word && word !== typed ? word : null;
}

/** A mistyped address may hold a broken escape (`100%`, `%E0%A4%A`): then its text is used as it is. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Terms close to the path that was not found, one per term. */
export function NotFoundSuggestions() {
  const [results, setResults] = useState<MarkedResult[] | null>(null);
  const [words, setWords] = useState("");

  useEffect(() => {
    // Short links are written by people: /go/VS/ or /go/Envoy%20cluster/ means /go/vs/ or /go/envoy-cluster/.
    const word = shortLinkRetry(window.location.pathname);
    if (word) {
      window.location.replace(`${withBase(routes.shortLink(word))}${window.location.hash}`);
      return;
    }
    const w = wordsOfPath(window.location.pathname);
    setWords(w);
    if (!w.trim()) {
      setResults([]);
      return;
    }
    loadSearchEngine()
      .then((engine) => engine.search(w, { limit: 30 }))
      .then(
        ({ results: found }) => {
          const seen = new Set<string>();
          setResults(
            found
              .filter((r) => {
                const key = `${r.kind}:${r.id}`;
                if (seen.has(key)) return false;
                seen.add(key);
                return true;
              })
              .slice(0, 5),
          );
        },
        () => setResults([]),
      );
  }, []);

  if (results === null || results.length === 0) return null;
  return (
    <section aria-labelledby="did-you-mean">
      <h2 id="did-you-mean">Did you mean</h2>
      <ul className="suggest-list">
        {results.map((r) => (
          <li key={`${r.kind}:${r.id}`}>
            {/^https?:/.test(r.url) ? (
              <a href={r.url}>{r.title}</a>
            ) : (
              <Link href={r.kind === "term" ? routes.term(r.id) : r.url}>{r.title}</Link>
            )}
          </li>
        ))}
      </ul>
      <p className="muted small">Suggested from “{words}”.</p>
    </section>
  );
}
