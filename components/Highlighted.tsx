import { markWords } from "@/lib/search/marks";
import { CodeSpans } from "./CodeSpans";

/** Text with the words the query matched (as the engine found them) wrapped in <mark>, its `code` parts as code. */
export function Highlighted({ text, marked }: { text: string; marked: ReadonlySet<string> }) {
  return (
    <CodeSpans
      text={text}
      render={(part) =>
        markWords(part, (w) => marked.has(w)).map((s, i) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered.
          s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
        )
      }
    />
  );
}
