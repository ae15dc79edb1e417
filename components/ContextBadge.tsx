import type { Context } from "@/lib/contexts";
import { CONTEXT_LABEL } from "@/lib/contexts";

export function ContextBadge({ context }: { context: Context }) {
  return (
    <span className="badge" data-context={context}>
      {CONTEXT_LABEL[context]}
    </span>
  );
}
