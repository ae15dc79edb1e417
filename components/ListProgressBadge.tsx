"use client";

import { useEffect, useState } from "react";
import { readProgress } from "./list-progress";

/** "3 of 12 done" for a list on the index page, read from this browser's storage. */
export function ListProgressBadge({ slug, steps }: { slug: string; steps: string[] }) {
  const [done, setDone] = useState<number | null>(null);
  useEffect(() => {
    const saved = readProgress(slug);
    setDone(steps.filter((s) => saved.has(s)).length);
  }, [slug, steps]);
  if (!done) return <span className="muted small">Not started</span>;
  return (
    <span className="small">
      {done} of {steps.length} done
    </span>
  );
}
