import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Redirect } from "@/components/Redirect";
import { getContent } from "@/lib/content/load";
import { shortLinks } from "@/lib/content/short-links";
import { routes } from "@/lib/routes";

type Params = { params: Promise<{ word: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...shortLinks(getContent()).keys()].map((word) => ({ word }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Short link: ${(await params).word}` };
}

export default async function ShortLinkPage({ params }: Params) {
  const { word } = await params;
  const to = shortLinks(getContent()).get(word);
  if (!to) notFound();
  const entry = getContent().glossary.find((e) => to === routes.term(e.slug));
  return <Redirect to={to} label={entry?.term ?? to} />;
}
