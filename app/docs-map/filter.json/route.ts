import { getContent } from "@/lib/content/load";
import { buildDocsFilterData } from "@/lib/docs-map/filter-data";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildDocsFilterData(getContent().docsMap?.pages ?? []));
}
