import { type LabelledQuery, measure, type Quality } from "../lib/eval/queries";
import {
  type Expectation,
  measureQueries,
  type Quality as Quality2,
  type LabelledQuery as RealQuery,
} from "../lib/eval/query-set";
import type { IndexableRecord, SearchResult } from "../lib/search/types";
import type { Peer, PeerRecord } from "./peers";

/**
 * Every record a peer indexes: the records, then one per reference fact (a field, flag, variable... under its
 * page), so a peer can find a pasted field name as our fact table does. `peerRecordSource` maps each back.
 */
export function peerCorpus(records: IndexableRecord[]): IndexableRecord[] {
  return [
    ...records,
    ...records.flatMap((r) =>
      (r.reference ?? []).map(
        (f): IndexableRecord => ({
          ...r,
          title: f.name,
          subtitle: [f.path, f.of].filter(Boolean).join(" "),
          aliases: [],
          cues: [],
          keywords: [],
          headings: [],
          text: r.title,
          body: "",
          reference: [],
        }),
      ),
    ),
  ];
}

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

/** Quality on a JSON query file, per part (tuning and test; a file without splits is all test). */
export type FileScores = Partial<Record<"tuning" | "test", Record<Expectation, Quality2>>>;

export async function scoreQueryFile(
  rank: (q: string) => Promise<SearchResult[]>,
  queries: readonly RealQuery[],
): Promise<FileScores> {
  const ranked = new Map<string, SearchResult[]>();
  for (const q of queries) if (!ranked.has(q.query)) ranked.set(q.query, await rank(q.query));
  const out: FileScores = {};
  for (const split of ["tuning", "test"] as const) {
    const part = queries.filter((q) => (q.split ?? "test") === split);
    if (part.length === 0) continue;
    const scores = measureQueries(part, (q) => ranked.get(q) ?? []);
    out[split] = Object.fromEntries(Object.entries(scores).map(([what, { misses: _m, ...q }]) => [what, q])) as Record<
      Expectation,
      Quality2
    >;
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
