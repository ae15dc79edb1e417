/** What the crawler reports about a static export; see crawl.ts. */

/** How a page refers to a URL: navigation (a[href], form[action]), a meta refresh, or an asset the browser fetches. */
export type LinkKind = "navigation" | "refresh" | "asset";

export interface PageReport {
  /** The URL the page is served at, with the base path: `/mesh-atlas/glossary/cluster/`. */
  url: string;
  /** The file, relative to the export directory, with forward slashes. */
  file: string;
  title: string;
  h1Count: number;
  /** Every `id` on the page, in document order. */
  ids: string[];
  /** Legacy `<a name>` targets, which fragments may also name. */
  names: string[];
  /** The meta refresh target, for redirect pages. */
  redirectTo?: string;
  /** Whether following navigation links from the home page reaches this page. */
  reachable: boolean;
}

export interface InternalLink {
  /** URL of the page the link is on. */
  from: string;
  /** The attribute value as written. */
  href: string;
  kind: LinkKind;
  /** The resolved URL path, with the base path, without query or fragment. */
  target: string;
  /** The file that path serves, relative to the export directory; absent when there is none. */
  file?: string;
  /** The fragment, decoded, without `#`; empty when there is none. */
  fragment: string;
}

export interface ExternalLink {
  href: string;
  /** URLs of the pages that use it, sorted. */
  pages: string[];
}

export type ProblemKind =
  | "bad-url"
  | "missing-file"
  | "outside-base-path"
  | "missing-anchor"
  | "bad-refresh"
  | "no-title"
  | "h1-count"
  | "orphan";

export interface Problem {
  kind: ProblemKind;
  /** URL of the page the problem is on. */
  page: string;
  /** The link at fault; absent for page-level problems (title, h1, orphan). */
  href?: string;
  reason: string;
}

/** A page left out of the orphan rule (and, for redirect pages, the h1 rule), and why. */
export interface Exemption {
  url: string;
  reason: string;
}

export interface CrawlReport {
  dir: string;
  basePath: string;
  pages: PageReport[];
  internalLinks: InternalLink[];
  /** Sorted by href. */
  externalLinks: ExternalLink[];
  problems: Problem[];
  exempt: Exemption[];
}
