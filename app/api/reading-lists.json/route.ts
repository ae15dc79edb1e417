import { readingListsApi } from "@/lib/api/build";
import { getContent } from "@/lib/content/load";

export const dynamic = "force-static";

export function GET() {
  return Response.json(readingListsApi(getContent()));
}
