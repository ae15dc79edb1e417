import * as z from "zod";
import { API_SCHEMAS } from "@/lib/api/schemas";
import { contentApis, getContent } from "@/lib/content/load";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Every file of the JSON API has its schema here: the fixed ones and each content kind's own. */
function schemas(): Map<string, z.ZodType> {
  return new Map<string, z.ZodType>([
    ...Object.entries(API_SCHEMAS),
    ...contentApis(getContent()).map((api): [string, z.ZodType] => [api.name, api.schema]),
  ]);
}

export function generateStaticParams() {
  return [...schemas().keys()].map((name) => ({ file: `${name}.json` }));
}

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const schema = schemas().get((await params).file.replace(/\.json$/, ""));
  if (!schema) return new Response("not found", { status: 404 });
  return Response.json(z.toJSONSchema(schema));
}
