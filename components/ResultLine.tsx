import type { SearchResult } from "@/lib/search/types";
import { ContextBadge } from "./ContextBadge";
import { Highlighted } from "./Highlighted";

/** One search result: title, sense or section, context badge and the matched words marked. */
export function ResultLine({
  result,
  query,
  compact = false,
}: {
  result: SearchResult;
  query: string;
  compact?: boolean;
}) {
  return (
    <span className="result-line">
      <span className="result-head">
        <span className="result-title">
          <Highlighted text={result.title} query={query} />
        </span>
        {result.subtitle && (
          <span className="result-subtitle">
            <Highlighted
              text={result.heading ? `${result.subtitle} › ${result.heading.text}` : result.subtitle}
              query={query}
            />
          </span>
        )}
        {result.context && <ContextBadge context={result.context} />}
      </span>
      {result.why && <span className="result-why">{result.why}</span>}
      {!compact || result.text.length < 160 ? (
        <span className="result-text">
          <Highlighted text={result.text} query={query} />
        </span>
      ) : (
        <span className="result-text">
          <Highlighted text={`${result.text.slice(0, 150)}…`} query={query} />
        </span>
      )}
    </span>
  );
}
