/** Reading-list progress lives in this browser only: localStorage, one key per list. */
const key = (slug: string) => `mesh-atlas:reading-list:${slug}`;

export function readProgress(slug: string): Set<string> {
  try {
    const raw = window.localStorage.getItem(key(slug));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

export function writeProgress(slug: string, done: Set<string>): void {
  try {
    if (done.size === 0) window.localStorage.removeItem(key(slug));
    else window.localStorage.setItem(key(slug), JSON.stringify([...done]));
  } catch {
    // Storage can be full or disabled (private windows): progress then lasts for the page only.
  }
}
