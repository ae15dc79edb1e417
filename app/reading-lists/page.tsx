import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { ListProgressBadge } from "@/components/ListProgressBadge";
import { getContent } from "@/lib/content/load";
import { stepKey } from "@/lib/content/resolve-step";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Reading lists" };

export default function ReadingListsPage() {
  const { readingLists } = getContent();
  return (
    <>
      <h1>Reading lists</h1>
      <p className="lede">
        Ordered paths through the glossary and the Istio docs, from the first mental model to the hard setups. Tick
        steps as you go: progress stays in this browser.
      </p>
      <ul className="card-grid">
        {readingLists.map((l) => (
          <li key={l.slug} className="card">
            <Link href={routes.readingList(l.slug)} className="card-title">
              {l.title}
            </Link>
            <p className="small">{l.audience}</p>
            <p className="muted small">
              About {l.minutes} min · {l.stages.reduce((n, s) => n + s.steps.length, 0)} steps
            </p>
            <ListProgressBadge slug={l.slug} steps={l.stages.flatMap((s) => s.steps.map(stepKey))} />
          </li>
        ))}
      </ul>
    </>
  );
}
