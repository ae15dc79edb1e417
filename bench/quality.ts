import { type LabelledQuery, measure, type Quality } from "../lib/eval/queries";
import type { IndexableRecord, SearchResult } from "../lib/search/types";
import type { Peer, PeerRecord } from "./peers";

export function peerRecords(records: IndexableRecord[]): PeerRecord[] {
  return records.map((r, idx) => ({
    idx,
    title: r.title,
    aliases: r.aliases.join(" ; "),
    label: r.subtitle,
    text: [r.text, ...(r.keywords ?? [])].join(" ; "),
    cues: [...r.cues, ...(r.headings ?? []).map((h) => h.text)].join(" ; "),
    body: r.body,
  }));
}

/** A record index as the result shape the hit test reads. */
export function asResult({ reference: _facts, ...r }: IndexableRecord): SearchResult {
  return { ...r, score: 0, match: "words" };
}

export type SetScores = Record<string, Quality>;

/**
 * Quality of one ranking on the query sets: terms over every result; docs pages over the docs results only,
 * as the site's "Docs pages" group shows them. `set` lets a ranker that loads results lazily (Pagefind) stop
 * once it holds enough of the kind that set reads.
 */
export async function scoreRanking(
  rank: (q: string, limit: number, set: "terms" | "docs") => Promise<SearchResult[]>,
  sets: Record<"terms" | "docs", LabelledQuery[]>,
): Promise<SetScores> {
  const out: SetScores = {};
  for (const name of ["terms", "docs"] as const) {
    const queries = sets[name];
    // Each query is ranked once; both splits read the same rankings.
    const ranked = new Map<string, SearchResult[]>();
    for (const q of queries) {
      if (ranked.has(q.query)) continue;
      const results = await rank(q.query, name === "docs" ? 400 : 10, name);
      ranked.set(q.query, name === "docs" ? results.filter((r) => r.kind === "doc") : results);
    }
    for (const split of ["held-out", "all"] as const) {
      const chosen = split === "all" ? queries : queries.filter((q) => q.split === "held-out");
      const { misses: _m, ...quality } = measure(chosen, (text) => ranked.get(text) ?? []);
      out[`${name} ${split}`] = quality;
    }
  }
  return out;
}

export function peerRanking(peer: Peer, records: IndexableRecord[]) {
  return async (q: string, limit: number) =>
    (await peer.search(q, limit)).flatMap((i) => {
      const r = records[i];
      return r ? [asResult(r)] : [];
    });
}
