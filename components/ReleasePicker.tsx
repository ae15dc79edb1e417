"use client";

import { useEffect, useState } from "react";
import {
  pickRelease,
  RELEASE_PARAM,
  RELEASE_STORAGE_KEY,
  type ReleaseLink,
  rememberedRelease,
  withLinkVersion,
} from "@/lib/docs-map/releases";

/**
 * The docs map's release switch. The page is rendered for the map's own release; picking another moves every
 * istio.io link on the page to that release's copy and shows the notes of pages that differ there. The pick is
 * remembered (search results follow it too) and put in the address, so a shared link opens on the same release.
 */
export function ReleasePicker({ releases }: { releases: ReleaseLink[] }) {
  const [current, setCurrent] = useState<ReleaseLink | undefined>(releases[0]);
  const [differing, setDiffering] = useState(0);

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get(RELEASE_PARAM);
    const picked = pickRelease(releases, fromUrl, rememberedRelease()?.release ?? null);
    if (picked) setCurrent(picked);
  }, [releases]);

  useEffect(() => {
    if (!current) return;
    for (const a of document.querySelectorAll<HTMLAnchorElement>("a[data-docs-link]"))
      a.href = withLinkVersion(a.href, current.linkVersion);
    let shown = 0;
    for (const el of document.querySelectorAll<HTMLElement>("[data-release-note]")) {
      el.hidden = el.dataset.releaseNote !== current.release;
      if (!el.hidden) shown++;
    }
    setDiffering(shown);
  }, [current]);

  const choose = (release: string) => {
    const picked = releases.find((r) => r.release === release);
    if (!picked) return;
    setCurrent(picked);
    try {
      localStorage.setItem(RELEASE_STORAGE_KEY, JSON.stringify(picked));
    } catch {
      // Not remembered, still shown.
    }
    const url = new URL(window.location.href);
    if (picked === releases[0]) url.searchParams.delete(RELEASE_PARAM);
    else url.searchParams.set(RELEASE_PARAM, picked.release);
    window.history.replaceState(window.history.state, "", url);
  };

  const own = releases[0];
  return (
    <p className="release-picker">
      <label>
        Istio release{" "}
        <select value={current?.release} onChange={(e) => choose(e.target.value)}>
          {releases.map((r, i) => (
            <option key={r.release} value={r.release}>
              {r.release}
              {i === 0 ? " (this map)" : ""}
            </option>
          ))}
        </select>
      </label>{" "}
      <span aria-live="polite" className="muted">
        {!current || current === own
          ? "Links go to this release's pages on istio.io."
          : `Links go to istio.io's ${current.linkVersion} pages; ${differing === 0 ? "no page here differs" : `${differing} ${differing === 1 ? "page here differs" : "pages here differ"}`} in ${current.release}.`}
      </span>
    </p>
  );
}
