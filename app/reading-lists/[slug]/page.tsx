import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditLink } from "@/components/EditLink";
import { Link } from "@/components/Link";
import { Markdown } from "@/components/Markdown";
import { ReadingListSteps } from "@/components/ReadingListSteps";
import { getContent } from "@/lib/content/load";
import { resolveStep } from "@/lib/content/resolve-step";
import { siteDecoderData } from "@/lib/decoder/site-data";
import { renderMarkdown } from "@/lib/markdown/render";
import { routes } from "@/lib/routes";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().readingLists.map((l) => ({ slug: l.slug }));
}

const findList = (slug: string) => getContent().readingLists.find((l) => l.slug === slug);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const list = findList((await params).slug);
  return list ? { title: list.title, description: list.outcome } : {};
}

export default async function ReadingListPage({ params }: Params) {
  const list = findList((await params).slug);
  if (!list) notFound();
  const content = getContent();
  const stages = list.stages.map((s) => ({ title: s.title, steps: s.steps.map((step) => resolveStep(step, content)) }));
  return (
    <article className="reading-list">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href={routes.readingLists}>Reading lists</Link> <span aria-hidden="true">›</span>{" "}
        <span>{list.title}</span>
      </nav>
      <h1>{list.title}</h1>
      <dl className="list-facts">
        <dt>For</dt>
        <dd>{list.audience}</dd>
        <dt>After this</dt>
        <dd>{list.outcome}</dd>
        <dt>Time</dt>
        <dd>About {list.minutes} minutes</dd>
      </dl>
      {list.body.trim() && <Markdown tree={renderMarkdown(list.body, { data: siteDecoderData() })} />}
      <ReadingListSteps
        list={{
          slug: list.slug,
          title: list.title,
          audience: list.audience,
          outcome: list.outcome,
          minutes: list.minutes,
        }}
        stages={stages}
      />
      <EditLink file={list.file} />
    </article>
  );
}
