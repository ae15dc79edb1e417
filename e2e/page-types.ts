import { contentTargets, loadContent } from "../lib/content/load";
import { PAGE_SEGMENTS, routes } from "../lib/routes";

/** The item each kind's page type is shown with: a page rich enough to exercise the layout (several senses...). */
const SAMPLE: Record<string, string> = { glossary: "cluster", compare: "gateways", "reading-lists": "security" };

/**
 * One URL per page type (relative to the project's base URL), for checks that must hold on every kind of page:
 * the index page of every page family the routes module lists, one item of every content kind that has pages
 * (from the content registry), and the pages that take input.
 */
function pageTypes(): string[] {
  const targets = contentTargets(loadContent().content);
  const indexes = PAGE_SEGMENTS.filter((s) => s !== "go" && s !== "search" && s !== "decode").map((s) =>
    s === "" ? "./" : `${s}/`,
  );
  const items = [...targets].flatMap(([segment, { ids }]) => {
    if (!(PAGE_SEGMENTS as readonly string[]).includes(segment) || segment === "") return [];
    const id = SAMPLE[segment] ?? [...ids.keys()].sort()[0];
    return id ? [`${segment}/${id}/`] : [];
  });
  return [
    ...indexes,
    ...items,
    // The docs map's sections are pages of their own (the overview is among the index pages).
    routes.docsMapSection("tasks").slice(1),
    `${routes.decode.slice(1)}#text=Check%20the%20cluster%20and%20the%20Gateway`,
    routes.searchFor("gateway").slice(1),
    "no-such-page/",
  ];
}

export const PAGE_TYPES = pageTypes();
