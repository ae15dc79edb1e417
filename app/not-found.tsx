import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { NotFoundSuggestions } from "@/components/NotFoundSuggestions";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. It may have been renamed, or the link has a typo.</p>
      <NotFoundSuggestions />
      <p>
        <Link href={routes.glossary}>Browse all terms A–Z</Link> or <Link href={routes.search}>search</Link>.
      </p>
    </>
  );
}
