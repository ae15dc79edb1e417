import { getContent } from "../content/load";
import { buildDecoderData, type DecoderData } from "./data";

let cached: DecoderData | undefined;

/** The decoder data of the site's own content, built once per build. */
export function siteDecoderData(): DecoderData {
  cached ??= buildDecoderData(getContent());
  return cached;
}
