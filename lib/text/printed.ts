/**
 * A part of a printed message that varies: a Go format verb (%s, %q, %v, %-10s) or a Rust placeholder
 * ({}, {0}, {name}, {1:?}).
 */
const GO_VERB = /%[-+# 0]*\d*(?:\.\d+)?[a-zA-Z]|\{[\w.]*(?::[^{}\s]*)?\}/g;

/** Words a message must have after its first varying part for a paste to be recognised by them alone. */
const MIN_TAIL_WORDS = 4;

/** A printed message as a reader sees it, its varying parts as an ellipsis: "Referenced … not found: …". */
export function printedForReaders(format: string): string {
  return format.replace(GO_VERB, "…");
}

/**
 * A Go format string as a pattern over pasted text: its first sentence (a paste often stops there), its literal
 * parts as written (case, spacing and closing punctuation aside, but a colon kept after a message of two words),
 * each verb any short run of text. A message with fewer than two literal words would match too much, so it gets
 * none.
 */
export function printedPattern(format: string): RegExp | null {
  return printedMatcher(format)?.pattern ?? null;
}

/**
 * The pattern of `printedPattern`, with a word every match holds (its longest literal word, lower-case): a
 * query without that word is passed over without running the pattern, so hundreds of messages cost little.
 */
export function printedMatcher(format: string): { pattern: RegExp; needle: string } | null {
  const sentence = format.split(/(?<=[.!?])\s/)[0] ?? format;
  const parts = sentence.split(GO_VERB);
  const words = (parts.join(" ").match(/\p{L}{2,}/gu) ?? []).length;
  if (words < 2) return null;
  // Two words alone ("Internal error") are common prose; as printed they come with their colon.
  const closing = words < 3 ? /[\s;,.!?'"]+$/u : /[\s:;,.!?'"]+$/u;
  const literal = (part: string) =>
    part
      .replace(closing, "")
      .replace(/^[\s'"]+/u, "")
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\s+");
  // A paste often starts after the first varying part ("is missing the Istio proxy" of "The pod %s is missing
  // the Istio proxy."): what follows it is enough when it has words enough of its own.
  const rest = parts.slice(1);
  const required = (rest.join(" ").match(/\p{L}{2,}/gu) ?? []).length >= MIN_TAIL_WORDS ? rest : parts;
  const pattern = new RegExp(
    required
      .map(literal)
      .filter((p) => p !== "")
      .join("\\s*\\S.{0,80}?\\s*"),
    "iu",
  );
  const needle = (required.join(" ").match(/\p{L}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), "");
  return { pattern, needle: needle.toLowerCase() };
}
