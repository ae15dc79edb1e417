import { readFileSync } from "node:fs";
import * as z from "zod";
import type { Annotation } from "../decoder/decode";

const labelSchema = z.object({
  surface: z.string(),
  occurrence: z.number().int().positive(),
  term: z.string(),
  sense: z.string(),
});
const passageSchema = z.object({
  id: z.string(),
  source: z.string(),
  text: z.string(),
  labels: z.array(labelSchema),
  /** Fixed once by a seeded hash in newer sets; older sets split by position (the first 40% is tuning). */
  split: z.enum(["tuning", "test"]).optional(),
});
export type PassageLabel = z.infer<typeof labelSchema>;
export type Passage = z.infer<typeof passageSchema>;

export function readPassages(file: string): (Omit<Passage, "split"> & { split: "tuning" | "held-out" })[] {
  const passages = z.array(passageSchema).parse(JSON.parse(readFileSync(file, "utf8")));
  const tuning = Math.floor(passages.length * 0.4);
  return passages.map((p, i) => ({
    ...p,
    split: p.split ? (p.split === "tuning" ? "tuning" : "held-out") : i < tuning ? "tuning" : "held-out",
  }));
}

/** The offsets of the n-th occurrence (1-based) of a surface string. */
function locate(text: string, surface: string, occurrence: number): [number, number] | null {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) return null;
  }
  return [at, at + surface.length];
}

export type DecoderQuality = {
  passages: number;
  labels: number;
  precision: number;
  recall: number;
  senseAccuracy: number;
  /** Sense accuracy among mentions shown with confidence >= 0.9 (how many there were). */
  confidentAccuracy: number;
  confident: number;
  /** Expected calibration error: how far confidence is from accuracy, weighted over confidence bands. */
  ece: number;
  /** Per confidence band: found mentions in it, their mean confidence and their accuracy. */
  reliability: { band: string; n: number; confidence: number; accuracy: number }[];
};

/** Confidence bands of the reliability table. */
const BANDS: [number, number][] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1.0001],
];

/** Detection precision and recall (a prediction counts when it overlaps a label of the same term) and sense accuracy. */
export function measureDecoder(
  passages: readonly Omit<Passage, "split">[],
  decode: (text: string) => Annotation[],
): DecoderQuality & { errors: string[] } {
  let predicted = 0;
  let labelled = 0;
  let found = 0;
  let correct = 0;
  let matchedPredictions = 0;
  /** Each found mention's confidence and whether its sense was right. */
  const judged: { confidence: number; right: boolean }[] = [];
  const errors: string[] = [];
  for (const p of passages) {
    const annotations = decode(p.text);
    predicted += annotations.length;
    const used = new Set<number>();
    for (const label of p.labels) {
      const range = locate(p.text, label.surface, label.occurrence);
      if (!range) continue;
      labelled++;
      const hit = annotations.findIndex(
        (a, i) => !used.has(i) && a.term === label.term && a.start < range[1] && a.end > range[0],
      );
      if (hit < 0) {
        errors.push(`${p.id}: missed "${label.surface}" (${label.term}#${label.sense})`);
        continue;
      }
      used.add(hit);
      found++;
      const a = annotations[hit] as Annotation;
      judged.push({ confidence: a.confidence, right: a.sense === label.sense });
      if (a.sense === label.sense) correct++;
      else
        errors.push(
          `${p.id}: "${label.surface}" read as ${a.term}#${a.sense} at ${a.confidence.toFixed(2)}, labelled #${label.sense} (${a.reason})`,
        );
    }
    matchedPredictions += used.size;
    annotations.forEach((a, i) => {
      if (!used.has(i)) errors.push(`${p.id}: unlabelled "${a.surface}" as ${a.term}#${a.sense}`);
    });
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const reliability = BANDS.map(([lo, hi]) => {
    const inBand = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
    const n = inBand.length;
    return {
      band: `${lo}-${Math.min(1, hi)}`,
      n,
      confidence: r(inBand.reduce((s, j) => s + j.confidence, 0) / Math.max(1, n)),
      accuracy: r(inBand.filter((j) => j.right).length / Math.max(1, n)),
    };
  });
  const ece = reliability.reduce(
    (s, b) => s + (b.n / Math.max(1, judged.length)) * Math.abs(b.confidence - b.accuracy),
    0,
  );
  const confident = judged.filter((j) => j.confidence >= 0.9);
  return {
    passages: passages.length,
    labels: labelled,
    precision: r(matchedPredictions / Math.max(1, predicted)),
    recall: r(found / Math.max(1, labelled)),
    senseAccuracy: r(correct / Math.max(1, found)),
    confidentAccuracy: r(confident.filter((j) => j.right).length / Math.max(1, confident.length)),
    confident: confident.length,
    ece: r(ece),
    reliability,
    errors,
  };
}
