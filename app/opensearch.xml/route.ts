import { absoluteUrl, routes } from "@/lib/routes";
import { site } from "@/lib/site";

export const dynamic = "force-static";

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * Lets a browser add Mesh Atlas as a search engine. Without a configured site address the URLs are paths,
 * which `npm run serve` completes with the address it was reached on.
 */
export function GET() {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${xmlEscape(site.name)}</ShortName>
  <Description>Istio and Kubernetes glossary and docs navigator</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="32" width="32" type="image/svg+xml">${xmlEscape(absoluteUrl("/icon.svg"))}</Image>
  <Url type="text/html" method="get" template="${xmlEscape(`${absoluteUrl(routes.search)}?q={searchTerms}`)}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { "Content-Type": "application/opensearchdescription+xml" } });
}
