import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckedAgainst } from "@/components/CheckedAgainst";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { EditLink } from "@/components/EditLink";
import { Link } from "@/components/Link";
import { Markdown } from "@/components/Markdown";
import { TermRefChip } from "@/components/TermRefChip";
import { getContent } from "@/lib/content/load";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().compare.map((c) => ({ id: c.id }));
}

const findCard = (id: string) => getContent().compare.find((c) => c.id === id);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const card = findCard((await params).id);
  return card ? { title: card.title, description: card.summary } : {};
}

export default async function ComparePage({ params }: Params) {
  const card = findCard((await params).id);
  if (!card) notFound();
  const glossary = new Map(getContent().glossary.map((e) => [e.slug, e]));
  return (
    <article className="compare" id="card">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={routes.compareIndex}>Comparison cards</Link> <span aria-hidden="true">›</span>{" "}
        <span>{card.title}</span>
      </nav>
      <div className="title-row">
        <h1>{card.title}</h1>
        <CopyLinkButton anchor="card" label={card.title} />
      </div>
      <p className="lede">{card.summary}</p>
      <p className="chips">
        {card.terms.map((ref) => (
          <TermRefChip key={ref} refText={ref} glossary={glossary} />
        ))}
      </p>
      <Markdown tree={renderMarkdown(card.body, { data: siteDecoderData() })} />
      <CheckedAgainst releases={card.checked_against} reviewed={card.reviewed} />
      <EditLink file={card.file} />
    </article>
  );
}
