import { contentApis, getContent } from "@/lib/content/load";

export const dynamic = "force-static";
export const dynamicParams = false;

/** The JSON API files content kinds declare in the registry (`/api/errors.json`...). */
export function generateStaticParams() {
  return contentApis(getContent()).map((api) => ({ file: `${api.name}.json` }));
}

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const api = contentApis(getContent()).find((a) => `${a.name}.json` === file);
  if (!api) return new Response("not found", { status: 404 });
  return Response.json(api.data());
}
