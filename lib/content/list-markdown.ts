import { routes } from "../routes";
import type { ReadingList } from "./reading-lists";
import type { ResolvedStep } from "./resolve-step";

/** A reading list as Markdown with absolute links, ready to paste into a team wiki. */
export function listAsMarkdown(
  list: ReadingList,
  stages: { title: string; steps: ResolvedStep[] }[],
  siteUrl: string,
): string {
  const abs = (href: string) => (/^https?:/.test(href) ? href : `${siteUrl}${href}`);
  const lines = [
    `# ${list.title}`,
    "",
    `**For:** ${list.audience}  `,
    `**Outcome:** ${list.outcome}  `,
    `**Time:** about ${list.minutes} minutes. Source: ${abs(routes.readingList(list.slug))}`,
  ];
  for (const stage of stages) {
    lines.push("", `## ${stage.title}`, "");
    for (const s of stage.steps) lines.push(`- [ ] [${s.title}](${abs(s.href)}) (${s.minutes} min): ${s.note}`);
  }
  return `${lines.join("\n")}\n`;
}
