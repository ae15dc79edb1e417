"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import type { PageSegment } from "@/lib/routes";
import { warmSearchEngine } from "@/lib/search/client";

/** Page families whose pages answer one thing (a term, an error, a card, a list): people land there from links. */
const ANSWER_PAGES: readonly PageSegment[] = ["glossary", "errors", "compare", "reading-lists"];

type Connection = { saveData?: boolean; effectiveType?: string };

/**
 * On a page that answers one thing, the reader's next step is often a search, typed on a phone where no pointer
 * approaches the box first. So once such a page is idle, the engine's code and the index's first part are
 * fetched and built, and the first keystroke finds them ready. Not on a data-saving or 2G connection, and not
 * on the overviews (the A-Z and the docs map, which have their own filter and are the heaviest pages already):
 * there the box loads on focus or pointer, as before.
 */
export function useIdleWarm(enabled: boolean) {
  const pathname = usePathname();
  useEffect(() => {
    const [family, page] = pathname.split("/").filter(Boolean);
    if (!enabled || !page || !ANSWER_PAGES.some((s) => s === family)) return;
    const connection = (navigator as Navigator & { connection?: Connection }).connection;
    if (connection?.saveData || /2g/.test(connection?.effectiveType ?? "")) return;
    // Safari has no requestIdleCallback: a timer after load does the same job there.
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(warmSearchEngine, { timeout: 5000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(warmSearchEngine, 1500);
    return () => window.clearTimeout(id);
  }, [enabled, pathname]);
}
