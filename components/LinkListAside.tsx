import { Link } from "@/components/Link";

export type ListedLink = { href: string; label: string };

/** A titled list of site links beside the main content ("Related", "In reading lists"...); nothing when empty. */
export function LinkListAside({ id, title, links }: { id: string; title: string; links: ListedLink[] }) {
  if (links.length === 0) return null;
  return (
    <aside className="link-list" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
