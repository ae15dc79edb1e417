import { type Annotation, chooseSenses } from "./choose";
import type { DecoderData } from "./data";
import { createMatcher, type Matcher } from "./matcher";
import { MAX_READ_CHARS } from "./reading";
import { DEFAULT_DECODER_WEIGHTS, type DecoderWeights } from "./weights";

export type { Annotation } from "./choose";

/** Finds every glossary term in a text and says which sense each occurrence most likely means. */
export function createDecoder(
  data: DecoderData,
  weights: DecoderWeights = DEFAULT_DECODER_WEIGHTS,
): (text: string) => Annotation[] {
  const match: Matcher = createMatcher(data);
  return (text: string) => {
    const input = text.length > MAX_READ_CHARS ? text.slice(0, MAX_READ_CHARS) : text;
    return chooseSenses(input, match(input), data, weights);
  };
}
