import { getContent } from "@/lib/content/load";
import { buildSiteSearchParts } from "@/lib/content/search-index";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildSiteSearchParts(getContent())[1]);
}
