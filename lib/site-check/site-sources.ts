import { barePath } from "./known-pages";

/**
 * How each official site turns its source files into page paths: what scripts/import-known-pages.ts reads out
 * of a checkout (or a listing) of the site's repository. Each rule returns bare paths (see `barePath`).
 */
export type SiteSource = {
  host: string;
  /** The repository whose files make the site. */
  repo: string;
  /** The page paths one source file makes (none for files that are not pages). */
  pages(file: string): string[];
  /** Front-matter aliases of a page are old paths that redirect to it; each becomes a known path too. */
  aliasBase?: string;
  /** A link's path as the list keeps it, when the site serves one page under several paths. */
  canonical?: (path: string) => string;
};

/** Hugo: `<prefix>a/b.md` and `<prefix>a/b/_index.md` (or index.md) are the page `<at>/a/b`. */
const hugoPage = (prefix: string, at: string) => (file: string) => {
  if (!file.startsWith(prefix) || !file.endsWith(".md")) return [];
  const page = file.slice(prefix.length, -".md".length).replace(/(^|\/)_?index$/, "");
  return [barePath(`${at}/${page}`)];
};

export const SITE_SOURCES: Record<string, SiteSource> = {
  "istio.io": {
    host: "istio.io",
    repo: "istio/istio.io",
    // Only index.md and _index.md are pages; other Markdown files are fragments (FAQ entries, boilerplates).
    // Reference pages generated from the API protos are index.html files.
    pages: (file) =>
      /(^|\/)_?index\.md$/.test(file)
        ? hugoPage("content/en/", "/latest")(file)
        : /(^|\/)index\.html$/.test(file) && file.startsWith("content/en/")
          ? [barePath(`/latest/${file.slice("content/en/".length, -"index.html".length)}`)]
          : [],
    aliasBase: "/latest",
    // The archived docs of a release (/v1.24/docs/...) keep that release's paths: checked as /latest/ ones.
    canonical: (p) => p.replace(/^\/v\d+\.\d+(?=\/)/, "/latest"),
  },
  "gateway-api.sigs.k8s.io": {
    host: "gateway-api.sigs.k8s.io",
    repo: "kubernetes-sigs/gateway-api",
    pages: hugoPage("site/content/en/", ""),
    aliasBase: "",
  },
  "kubernetes.io": {
    host: "kubernetes.io",
    repo: "kubernetes/website",
    pages: (file) => {
      // Blog posts are dated by their file name: _posts/2025-04-24-endpoints-deprecation.md.
      const post = file.match(/^content\/en\/blog\/_posts\/(\d{4})-(\d{2})-(\d{2})-(.+?)(?:\/index)?\.md$/);
      if (post) return [barePath(`/blog/${post[1]}/${post[2]}/${post[3]}/${post[4]}`)];
      return /^content\/en\/(docs)\//.test(file) ? hugoPage("content/en/", "")(file) : [];
    },
    aliasBase: "",
  },
  "www.envoyproxy.io": {
    host: "www.envoyproxy.io",
    repo: "envoyproxy/envoy",
    pages: (file) => {
      const rst = file.match(/^docs\/root\/(.+)\.rst$/);
      if (rst) return [barePath(`/docs/envoy/latest/${rst[1]}`)];
      // API reference pages are generated from the protos: api/envoy/config/core/v3/base.proto.
      const proto = file.match(/^api\/envoy\/(.+\.proto)$/);
      return proto ? [barePath(`/docs/envoy/latest/api-v3/${proto[1]}`)] : [];
    },
  },
};

/** Gateway API's generated spec pages: one folder per branch listed in hack/docsy/generate.sh, spec and specx. */
export function gatewayApiSpecPages(generateScript: string): string[] {
  const list = generateScript.match(/declare -a arr=\(([\s\S]*?)\)/)?.[1] ?? "";
  const branches = [...list.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? "").replace(/^release-/, ""));
  return branches.flatMap((b) => [
    `/reference/api-spec/${b}`,
    `/reference/api-spec/${b}/spec`,
    `/reference/api-spec/${b}/specx`,
  ]);
}

/** A page's front-matter aliases (`aliases:` as a YAML list), made into paths below `base`. */
export function frontMatterAliases(markdown: string, base: string): string[] {
  const fm = markdown.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? "";
  const block = fm.match(/^aliases:\s*\n((?:\s+-\s+.*\n?)+)/m)?.[1] ?? "";
  const inline = fm.match(/^aliases:\s*\[(.*)\]/m)?.[1];
  const raw = inline !== undefined ? inline.split(",") : [...block.matchAll(/-\s+(.*)/g)].map((m) => m[1] ?? "");
  return raw
    .map((a) => a.trim().replace(/^["']|["']$/g, ""))
    .filter((a) => a.startsWith("/"))
    .map((a) => barePath(a.startsWith(`${base}/`) || base === "" ? a : `${base}${a}`));
}
