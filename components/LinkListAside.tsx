import { Link } from "@/components/Link";

export type ListedLink = { href: string; label: string };

/**
 * A titled list of links beside the main content ("Related", "In reading lists", a team's own pages...);
 * nothing when empty. Links that leave the site say so.
 */
export function LinkListAside({ id, title, links }: { id: string; title: string; links: ListedLink[] }) {
  if (links.length === 0) return null;
  return (
    <aside className="link-list" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            {/^https?:/.test(l.href) ? (
              <a href={l.href} rel="noopener noreferrer" className="external">
                {l.label}
              </a>
            ) : (
              <Link href={l.href}>{l.label}</Link>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
