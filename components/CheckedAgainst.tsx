/**
 * When a page's facts were last checked and against which releases: "Checked against Istio 1.31 and Gateway API
 * 1.6 in December 2026." A reader can tell at once whether it predates the release they run.
 */
export function CheckedAgainst({ releases, reviewed }: { releases: readonly string[]; reviewed: string }) {
  const when = new Date(`${reviewed}T00:00:00Z`).toLocaleDateString("en", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const list =
    releases.length < 2
      ? releases.join("")
      : `${releases.slice(0, -1).join(", ")} and ${releases[releases.length - 1]}`;
  return (
    <p className="muted small checked-against">
      Checked against {list} in <time dateTime={reviewed}>{when}</time>.
    </p>
  );
}
