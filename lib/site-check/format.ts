import type { ExternalLink, Problem } from "./types";

/** One line per problem: `page → href → reason`, or `page → reason` for page-level problems. */
export function formatProblem(problem: Problem): string {
  const parts = [problem.page, problem.href, `${problem.reason} [${problem.kind}]`];
  return parts.filter((part) => part !== undefined).join(" → ");
}

export interface HostGroup {
  /** `istio.io`, or the scheme (`mailto:`) for links without a host. */
  host: string;
  /** Most used first. */
  links: ExternalLink[];
}

/** External links grouped by host, hosts with most links first. */
export function groupByHost(links: readonly ExternalLink[]): HostGroup[] {
  const groups = new Map<string, ExternalLink[]>();
  for (const link of links) {
    const host = hostOf(link.href);
    const group = groups.get(host);
    if (group) group.push(link);
    else groups.set(host, [link]);
  }
  return [...groups]
    .map(([host, hostLinks]) => ({
      host,
      links: hostLinks.sort((a, b) => b.pages.length - a.pages.length || a.href.localeCompare(b.href)),
    }))
    .sort((a, b) => b.links.length - a.links.length || a.host.localeCompare(b.host));
}

function hostOf(href: string): string {
  // A base only matters for protocol-relative links (`//host/x`); the crawler kept the href as written.
  const url = new URL(href, "http://site.invalid/");
  return url.host === "" ? url.protocol : url.host;
}
