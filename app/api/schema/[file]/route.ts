import { z } from "zod";
import { API_SCHEMAS, type ApiName } from "@/lib/api/schemas";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(API_SCHEMAS).map((name) => ({ file: `${name}.json` }));
}

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = (await params).file.replace(/\.json$/, "") as ApiName;
  const schema = API_SCHEMAS[name];
  if (!schema) return new Response("not found", { status: 404 });
  return Response.json(z.toJSONSchema(schema));
}
