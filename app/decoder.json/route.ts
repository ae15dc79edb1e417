import { getContent } from "@/lib/content/load";
import { buildDecoderData } from "@/lib/decoder/data";

export const dynamic = "force-static";

export function GET() {
  return Response.json(buildDecoderData(getContent()));
}
