import { type Annotation, chooseSenses } from "./choose";
import type { DecoderData } from "./data";
import { createMatcher, type Matcher } from "./matcher";
import { DEFAULT_DECODER_WEIGHTS, type DecoderWeights } from "./weights";

export type { Annotation } from "./choose";

/** Longer texts are decoded up to here: a whole log file would take seconds and no one reads its every line. */
export const MAX_DECODE_CHARS = 200_000;

/** Finds every glossary term in a text and says which sense each occurrence most likely means. */
export function createDecoder(
  data: DecoderData,
  weights: DecoderWeights = DEFAULT_DECODER_WEIGHTS,
): (text: string) => Annotation[] {
  const match: Matcher = createMatcher(data);
  return (text: string) => {
    const input = text.length > MAX_DECODE_CHARS ? text.slice(0, MAX_DECODE_CHARS) : text;
    return chooseSenses(input, match(input), data, weights);
  };
}
