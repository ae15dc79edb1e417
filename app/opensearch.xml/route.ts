import { site } from "@/lib/site";

export const dynamic = "force-static";

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** Lets a browser add Mesh Atlas as a search engine. */
export function GET() {
  const base = `${site.url}${site.basePath}`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${xmlEscape(site.name)}</ShortName>
  <Description>Istio and Kubernetes glossary and docs navigator</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="32" width="32" type="image/svg+xml">${xmlEscape(`${base}/icon.svg`)}</Image>
  <Url type="text/html" method="get" template="${xmlEscape(`${base}/search/?q={searchTerms}`)}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { "Content-Type": "application/opensearchdescription+xml" } });
}
