/** Site-wide settings, read from the environment at build time. */
export const site = {
  name: "Mesh Atlas",
  /** Path prefix when `out/` is hosted below the root, e.g. "/mesh-atlas". */
  basePath: process.env.NEXT_PUBLIC_BASE_PATH ?? "",
  /**
   * Absolute URL of the site (no trailing slash), for links that leave it (OpenSearch, copied lists). Unset:
   * the browser uses the address the page was served from, and `npm run serve` fills it into OpenSearch.
   */
  url: process.env.NEXT_PUBLIC_SITE_URL?.replace(/\/$/, "") || undefined,
  /**
   * Where a content file can be edited, as a URL prefix the repository path is appended to, e.g.
   * "https://github.com/acme/mesh-atlas/edit/main/". Unset: pages show no edit link.
   */
  editUrl: process.env.MESH_ATLAS_EDIT_URL?.replace(/\/?$/, "/"),
  /**
   * Whether search reads the sharded index (`routes.searchShards`), fetching per query what it needs, instead of
   * the two parts: set by the build for a large corpus (scripts/build.ts, `--search-shards`).
   */
  searchShards: process.env.NEXT_PUBLIC_SEARCH_SHARDS === "1",
} as const;
