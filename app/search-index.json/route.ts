import { getContent } from "@/lib/content/load";
import { buildSiteSearchIndex } from "@/lib/content/search-index";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSiteSearchIndex(getContent()));
}
