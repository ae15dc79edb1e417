import type { PrintedCatalog } from "@/lib/content/printed";
import { printedForReaders } from "@/lib/text/printed";

/** A catalog of copied messages, folded: pasting any of them into search leads to the page showing it. */
export function PrintedMessages({ catalog, heading }: { catalog: PrintedCatalog; heading: string }) {
  const id = `prints-${catalog.name}`;
  return (
    <aside className="printed-messages" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p className="muted small">
        Paste one into search and it leads here. Copied from {catalog.source}; “…” is the part that varies.
      </p>
      <details>
        <summary>{catalog.messages.length} error messages</summary>
        <ul>
          {catalog.messages.map((m) => (
            <li key={m}>
              <code>{printedForReaders(m)}</code>
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
