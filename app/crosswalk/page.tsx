import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckedAgainst } from "@/components/CheckedAgainst";
import { EditLink } from "@/components/EditLink";
import { Markdown } from "@/components/Markdown";
import { TermRefChip } from "@/components/TermRefChip";
import { getContent } from "@/lib/content/load";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { renderMarkdown } from "@/lib/markdown/render";

export const metadata: Metadata = { title: "Kubernetes to Envoy crosswalk" };

export default function CrosswalkPage() {
  const { crosswalk, glossary } = getContent();
  if (!crosswalk) notFound();
  const bySlug = new Map(glossary.map((e) => [e.slug, e]));
  return (
    <article>
      <h1>{crosswalk.title}</h1>
      <p className="lede">{crosswalk.summary}</p>
      <ol className="hops">
        {crosswalk.hops.map((hop) => (
          <li key={hop.id} id={hop.id} className="hop">
            <h2>{hop.title}</h2>
            <div className="hop-flow">
              <div>
                <span className="hop-label">You write</span>
                {hop.from.map((ref) => (
                  <TermRefChip key={ref} refText={ref} glossary={bySlug} />
                ))}
              </div>
              <span className="hop-arrow" aria-hidden="true">
                →
              </span>
              <div>
                <span className="hop-label">Envoy holds</span>
                {hop.to.map((ref) => (
                  <TermRefChip key={ref} refText={ref} glossary={bySlug} />
                ))}
              </div>
            </div>
            <p>{hop.note}</p>
            <p className="hop-command">
              See it: <code>{hop.command}</code>
            </p>
          </li>
        ))}
      </ol>
      <Markdown tree={renderMarkdown(crosswalk.body, { data: siteDecoderData() })} />
      <CheckedAgainst releases={crosswalk.checked_against} reviewed={crosswalk.reviewed} />
      <EditLink file={crosswalk.file} />
    </article>
  );
}
