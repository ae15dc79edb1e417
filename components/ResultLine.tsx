import { type MarkedResult, shownTexts } from "@/lib/search/marks";
import { ContextBadge } from "./ContextBadge";
import { Highlighted } from "./Highlighted";

/** One search result: title, sense or section, context badge and the matched words marked. */
export function ResultLine({ result, compact = false }: { result: MarkedResult; compact?: boolean }) {
  const marked = new Set(result.marked);
  const { title, subtitle, text } = shownTexts(result);
  return (
    <span className="result-line">
      <span className="result-head">
        <span className="result-title">
          <Highlighted text={title} marked={marked} />
        </span>
        {result.subtitle && (
          <span className="result-subtitle">
            <Highlighted text={subtitle} marked={marked} />
          </span>
        )}
        {result.context && <ContextBadge context={result.context} />}
      </span>
      {result.why && <span className="result-why">{result.why}</span>}
      <span className="result-text">
        <Highlighted text={!compact || text.length < 160 ? text : `${text.slice(0, 150)}…`} marked={marked} />
      </span>
    </span>
  );
}
