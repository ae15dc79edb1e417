import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { getContent } from "@/lib/content/load";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Comparison cards" };

export default function CompareIndexPage() {
  const { compare } = getContent();
  return (
    <>
      <h1>Comparison cards</h1>
      <p className="lede">Side-by-side cards for the families of terms that teams mix up, each with a decision list.</p>
      <ul className="card-grid">
        {compare.map((c) => (
          <li key={c.id} className="card">
            <Link href={routes.compare(c.id)} className="card-title">
              {c.title}
            </Link>
            <p className="muted small">{c.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
