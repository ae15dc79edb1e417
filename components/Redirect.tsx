import { Link } from "@/components/Link";
import { routes, withBase } from "@/lib/routes";

/**
 * A static redirect: `/redirect.js` (a file, so it passes the CSP) forwards at once and keeps the `#sense`
 * fragment; a zero-delay meta refresh, which React hoists into <head>, does it without scripts; the link itself
 * is there for readers whose browser follows neither.
 */
export function Redirect({ to, label }: { to: string; label: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${withBase(to)}`} />
      <meta name="robots" content="noindex" />
      <script src={withBase(routes.redirectScript)} data-to={withBase(to)} />
      <h1>Redirecting…</h1>
      <p>
        This link goes to <Link href={to}>{label}</Link>.
      </p>
    </>
  );
}
