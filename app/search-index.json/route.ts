import { getContent } from "@/lib/content/load";
import { buildSiteSearchIndex } from "@/lib/search/build";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSiteSearchIndex(getContent()));
}
