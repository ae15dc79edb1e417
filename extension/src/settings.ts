/**
 * The user's settings, kept in `chrome.storage.sync`. Read without a schema library: the content script
 * runs on every page it covers and stays small, so each field is checked by hand and falls back to its default.
 */
export type Mentions = "first" | "all";

export type Settings = {
  /** The Mesh Atlas site links point to, base path included, ending in "/". */
  siteUrl: string;
  /** Mark the first mention of each term per section of the page, or every mention. */
  mentions: Mentions;
  /** Hosts the user added in the options (a team wiki); granted at the time they were added. */
  hosts: string[];
  /** Hosts the user switched off, default ones included. */
  off: string[];
};

/** What the build baked in: the team's own Mesh Atlas and wiki hosts (`npm run build:extension -- --site ...`). */
export type BuildDefaults = { siteUrl: string; hosts: string[] };

export const SETTINGS_KEYS = ["siteUrl", "mentions", "hosts", "off"] as const;

const strings = (v: unknown): string[] | null =>
  Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : null;

/** The site URL as links need it: absolute http(s), ending in "/"; null when it is not one. */
export function normalizeSiteUrl(input: string): string | null {
  try {
    const url = new URL(input.trim());
    if (!/^https?:$/.test(url.protocol)) return null;
    url.search = "";
    url.hash = "";
    return url.href.endsWith("/") ? url.href : `${url.href}/`;
  } catch {
    return null;
  }
}

/** Settings from whatever storage holds (nothing, an older shape, a hand-edited value), with defaults. */
export function readSettings(stored: Record<string, unknown>, defaults: BuildDefaults): Settings {
  const site = typeof stored.siteUrl === "string" ? normalizeSiteUrl(stored.siteUrl) : null;
  return {
    siteUrl: site ?? defaults.siteUrl,
    mentions: stored.mentions === "all" ? "all" : "first",
    hosts: strings(stored.hosts) ?? [],
    off: strings(stored.off) ?? [],
  };
}

/** A link to a page of the Mesh Atlas site (a site path such as `/glossary/cluster/#envoy`). */
export function siteLink(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ""), siteUrl).href;
}
