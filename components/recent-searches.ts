/** The last searches, newest first, kept in this browser only. */
const KEY = "mesh-atlas:recent-searches";
const MAX = 6;

export function readRecent(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string").slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberSearch(query: string): void {
  const q = query.trim().slice(0, 100);
  if (!q) return;
  try {
    const next = [q, ...readRecent().filter((r) => r !== q)].slice(0, MAX);
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage may be full or disabled; recent searches are a convenience.
  }
}
