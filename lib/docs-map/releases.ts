/**
 * The releases a docs map holds and the istio.io links of each: plain functions the build, the docs map's
 * release switch and the search results share, so a link follows the release the reader picked everywhere.
 */

/** One release of the docs, as the browser needs it to rewrite links. */
export type ReleaseLink = { release: string; linkVersion: string };

/** `?release=1.26` on a docs-map page: a shared link opens on that release. */
export const RELEASE_PARAM = "release";
/** Where the browser remembers the release the reader picked. */
export const RELEASE_STORAGE_KEY = "mesh-atlas:docs-release";

/** The istio.io address of a docs page in one release's copy: `https://istio.io/v1.26/docs/tasks/security/`. */
export function istioDocsUrl(linkVersion: string, docsPath: string): string {
  return `https://istio.io/${linkVersion}/docs/${docsPath ? `${docsPath}/` : ""}`;
}

const ISTIO_DOCS = /^https:\/\/istio\.io\/(?:latest|v1\.\d+)\/docs\//;

/** An istio.io docs link moved to another release's copy (anchor kept); any other link as it was. */
export function withLinkVersion(url: string, linkVersion: string): string {
  return ISTIO_DOCS.test(url) ? url.replace(ISTIO_DOCS, `https://istio.io/${linkVersion}/docs/`) : url;
}

/** The release to show: the one in the address, else the one remembered, else the map's own (the first). */
export function pickRelease(
  releases: readonly ReleaseLink[],
  fromUrl: string | null,
  remembered: string | null,
): ReleaseLink | undefined {
  const find = (r: string | null) => (r ? releases.find((x) => x.release === r) : undefined);
  return find(fromUrl) ?? find(remembered) ?? releases[0];
}

/** The release the reader picked on the docs map, as remembered in this browser (none: the map's own). */
export function rememberedRelease(): ReleaseLink | null {
  try {
    const raw = localStorage.getItem(RELEASE_STORAGE_KEY);
    const v: unknown = raw ? JSON.parse(raw) : null;
    return v &&
      typeof v === "object" &&
      "release" in v &&
      "linkVersion" in v &&
      typeof v.release === "string" &&
      typeof v.linkVersion === "string" &&
      /^(latest|v1\.\d+)$/.test(v.linkVersion)
      ? { release: v.release, linkVersion: v.linkVersion }
      : null;
  } catch {
    return null;
  }
}
