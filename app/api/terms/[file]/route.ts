import { termApi } from "@/lib/api/build";
import { getContent } from "@/lib/content/load";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().glossary.map((e) => ({ file: `${e.slug}.json` }));
}

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const content = getContent();
  const entry = content.glossary.find((e) => `${e.slug}.json` === file);
  if (!entry) return new Response("not found", { status: 404 });
  return Response.json(termApi(entry, content));
}
