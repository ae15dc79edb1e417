/**
 * Where the extension marks terms without being asked: the docs sites people read about Istio on, and the
 * GitHub repositories whose threads they paste from. Match patterns, as the manifest declares them.
 */
export const DEFAULT_MATCHES = [
  "https://istio.io/*",
  "https://*.istio.io/*",
  "https://kubernetes.io/*",
  "https://www.envoyproxy.io/*",
  "https://gateway-api.sigs.k8s.io/*",
  "https://github.com/istio/*",
  "https://github.com/envoyproxy/*",
  "https://github.com/kubernetes-sigs/gateway-api*",
] as const;

/** A host name as a user may type it ("wiki.example.com", "https://wiki.example.com/x"), or null if it is none. */
export function parseHost(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `https://${raw}`);
    if (!/^https?:$/.test(url.protocol) || (!url.hostname.includes(".") && url.hostname !== "localhost")) return null;
    return url.hostname;
  } catch {
    return null;
  }
}

/** The match patterns that cover every page of a host, over http and https (a wiki may be internal). */
export function hostMatches(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** Whether a URL is one a match pattern covers (scheme, host with `*.` wildcard, path with `*`). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === "*" ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host !== "*") {
    if (host.startsWith("*.")) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp(`^${path.split("*").map(escapeRegExp).join(".*")}$`);
  return re.test(u.pathname + u.search);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the extension marks this page by default or because the user (or the team's build) added its host. */
export function coveredByDefault(url: string, extraHosts: readonly string[]): boolean {
  return (
    DEFAULT_MATCHES.some((p) => matchesPattern(p, url)) ||
    extraHosts.some((h) => hostMatches(h).some((p) => matchesPattern(p, url)))
  );
}
