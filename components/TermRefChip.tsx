import { Link } from "@/components/Link";
import type { GlossaryEntry } from "@/lib/content/glossary";
import { termRefUrl } from "@/lib/content/term-refs";
import { ContextBadge } from "./ContextBadge";

/** A link to a term or one of its senses, with the sense's context badge. */
export function TermRefChip({ refText, glossary }: { refText: string; glossary: Map<string, GlossaryEntry> }) {
  const [slug = "", senseId] = refText.split("#", 2);
  const entry = glossary.get(slug);
  const sense = entry?.senses.find((s) => s.id === senseId);
  return (
    <span className="term-chip">
      {sense && <ContextBadge context={sense.context} />}
      <Link href={termRefUrl(refText)}>{sense ? sense.label : (entry?.term ?? slug)}</Link>
    </span>
  );
}
