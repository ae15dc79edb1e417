import { highlight } from "@/lib/search/highlight";

/** Text with the words the query matched wrapped in <mark>. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((s, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered.
        s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}
