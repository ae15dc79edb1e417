/** One URL per page type (relative to the project's base URL), for checks that must hold on every kind of page. */
export const PAGE_TYPES = [
  "./",
  "glossary/",
  "glossary/cluster/",
  "compare/",
  "compare/gateways/",
  "crosswalk/",
  "docs-map/",
  "reading-lists/",
  "reading-lists/security/",
  "decode/#text=Check%20the%20cluster%20and%20the%20Gateway",
  "search/?q=gateway",
  "no-such-page/",
] as const;
