import { absoluteUrl, routes } from "../routes";
import type { ReadingList } from "./reading-lists";
import type { ResolvedStep } from "./resolve-step";

/** What the Markdown copy of a list needs of the list itself. */
export type ListHeader = Pick<ReadingList, "slug" | "title" | "audience" | "outcome" | "minutes">;

/**
 * A reading list as Markdown with absolute links, ready to paste into a team wiki. Steps in `done` are ticked
 * and a progress line follows the header, so a copy can hand over where the reader stands.
 */
export function listAsMarkdown(
  list: ListHeader,
  stages: { title: string; steps: ResolvedStep[] }[],
  done: ReadonlySet<string> = new Set(),
): string {
  const steps = stages.flatMap((s) => s.steps);
  const ticked = steps.filter((s) => done.has(s.key));
  const lines = [
    `# ${list.title}`,
    "",
    `**For:** ${list.audience}  `,
    `**Outcome:** ${list.outcome}  `,
    `**Time:** about ${list.minutes} minutes. Source: ${absoluteUrl(routes.readingList(list.slug))}`,
  ];
  if (ticked.length > 0) {
    const left = steps.filter((s) => !done.has(s.key)).reduce((n, s) => n + s.minutes, 0);
    lines.push("", `**Progress:** ${ticked.length} of ${steps.length} steps done, about ${left} minutes left`);
  }
  for (const stage of stages) {
    lines.push("", `## ${stage.title}`, "");
    for (const s of stage.steps) {
      const box = done.has(s.key) ? "x" : " ";
      lines.push(`- [${box}] [${s.title}](${absoluteUrl(s.href)}) (${s.minutes} min): ${s.note}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
