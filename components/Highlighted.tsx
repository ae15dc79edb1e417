import { markWords } from "@/lib/search/marks";

/** Text with the words the query matched (as the engine found them) wrapped in <mark>. */
export function Highlighted({ text, marked }: { text: string; marked: ReadonlySet<string> }) {
  return (
    <>
      {markWords(text, (w) => marked.has(w)).map((s, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered.
        s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
