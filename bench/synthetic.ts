import type { IndexableRecord } from "../lib/search/types";

/** A small seeded generator, so every run measures the same corpus. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A synthetic corpus of `terms` terms (two or three senses each) and `docs` docs pages, with words drawn with a
 * Zipf-like skew from the real corpus's vocabulary plus made-up identifiers, so postings lists look realistic.
 */
export function syntheticCorpus(real: IndexableRecord[], terms: number, docs: number): IndexableRecord[] {
  const random = rng(42);
  const vocab = [
    ...new Set(real.flatMap((r) => `${r.title} ${r.text} ${r.body}`.toLowerCase().match(/[a-z][a-z0-9-]{2,}/g) ?? [])),
  ];
  const zipf = () => vocab[Math.floor(vocab.length * random() ** 2.5)] ?? "mesh";
  const phrase = (n: number) => Array.from({ length: n }, zipf).join(" ");
  const kind = () => `${phrase(1)}${phrase(1).replace(/^./, (c) => c.toUpperCase())}`;
  const records: IndexableRecord[] = [];
  for (let t = 0; t < terms; t++) {
    const title = `${kind()} ${t}`;
    const senses = 2 + Math.floor(random() * 2);
    for (let s = 0; s < senses; s++) {
      records.push({
        kind: "term",
        id: `term-${t}`,
        sense: `sense-${s}`,
        context: "istio",
        title,
        subtitle: phrase(3),
        url: `/glossary/term-${t}/#sense-${s}`,
        text: phrase(22),
        order: s,
        aliases: [kind(), phrase(2)],
        cues: [phrase(2), phrase(1), phrase(3)],
        body: phrase(120),
      });
    }
  }
  for (let d = 0; d < docs; d++) {
    records.push({
      kind: "doc",
      id: `/latest/docs/synthetic/${d}/`,
      sense: null,
      context: null,
      title: `${phrase(3)} ${d}`,
      subtitle: `${phrase(1)} › ${phrase(2)}`,
      url: `https://istio.io/latest/docs/synthetic/${d}/`,
      text: random() < 0.2 ? phrase(25) : "",
      order: 0,
      aliases: [phrase(2)],
      cues: [],
      keywords: [phrase(1), phrase(1)],
      headings: Array.from({ length: 2 + Math.floor(random() * 8) }, (_, i) => ({ text: phrase(4), anchor: `h${i}` })),
      body: phrase(20),
    });
  }
  return records;
}

/** Queries for the synthetic corpus: one to three words, drawn the same way. */
export function syntheticQueries(records: IndexableRecord[], n: number): string[] {
  const random = rng(7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = records[Math.floor(random() * records.length)];
    const words = `${r?.title ?? ""} ${r?.text ?? ""}`.split(" ").filter((w) => w.length > 2);
    const len = 1 + Math.floor(random() * 3);
    out.push(words.slice(0, len).join(" ") || "mesh");
  }
  return out;
}
