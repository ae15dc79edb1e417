"use client";

import { useEffect, useState } from "react";
import { rememberedRelease, withLinkVersion } from "@/lib/docs-map/releases";

/**
 * On pages that list Istio docs pages, the istio.io links (`a[data-docs-link]`) go to the release the reader
 * picked on the docs map, and a line says so; nothing shows when none was picked.
 */
export function ReleaseLinks({ own }: { own: string }) {
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    const release = rememberedRelease();
    if (!release || release.release === own) return;
    for (const a of document.querySelectorAll<HTMLAnchorElement>("a[data-docs-link]"))
      a.href = withLinkVersion(a.href, release.linkVersion);
    setPicked(release.release);
  }, [own]);
  return picked ? (
    <p className="muted small">Links go to the Istio {picked} docs, the release you picked on the docs map.</p>
  ) : null;
}
