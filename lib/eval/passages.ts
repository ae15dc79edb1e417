import { readFileSync } from "node:fs";
import type { Annotation } from "../decoder/decode";

export type PassageLabel = { surface: string; occurrence: number; term: string; sense: string };
export type Passage = { id: string; source: string; text: string; labels: PassageLabel[] };

export function readPassages(file: string): (Passage & { split: "tuning" | "held-out" })[] {
  const passages = JSON.parse(readFileSync(file, "utf8")) as Passage[];
  const tuning = Math.floor(passages.length * 0.4);
  return passages.map((p, i) => ({ ...p, split: i < tuning ? "tuning" : "held-out" }));
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
};

/** Detection precision and recall (a prediction counts when it overlaps a label of the same term) and sense accuracy. */
export function measureDecoder(
  passages: Passage[],
  decode: (text: string) => Annotation[],
): DecoderQuality & { errors: string[] } {
  let predicted = 0;
  let labelled = 0;
  let found = 0;
  let correct = 0;
  let matchedPredictions = 0;
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
      if (a.sense === label.sense) correct++;
      else
        errors.push(`${p.id}: "${label.surface}" read as ${a.term}#${a.sense}, labelled #${label.sense} (${a.reason})`);
    }
    matchedPredictions += used.size;
    annotations.forEach((a, i) => {
      if (!used.has(i)) errors.push(`${p.id}: unlabelled "${a.surface}" as ${a.term}#${a.sense}`);
    });
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    passages: passages.length,
    labels: labelled,
    precision: r(matchedPredictions / Math.max(1, predicted)),
    recall: r(found / Math.max(1, labelled)),
    senseAccuracy: r(correct / Math.max(1, found)),
    errors,
  };
}
