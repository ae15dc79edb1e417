import { CONTEXT_LABEL } from "@/lib/context-labels";
import type { Context } from "@/lib/contexts";

export function ContextBadge({ context }: { context: Context }) {
  return (
    <span className="badge" data-context={context}>
      {CONTEXT_LABEL[context]}
    </span>
  );
}
