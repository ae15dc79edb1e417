import { buildListNames } from "@/lib/content/list-names";
import { getContent } from "@/lib/content/load";

export const dynamic = "force-static";

export function GET() {
  return Response.json(
    buildListNames(getContent().glossary.map((e) => ({ id: e.slug, names: [e.term, ...e.aliases] }))),
  );
}
