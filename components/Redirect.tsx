import Link from "next/link";
import { withBase } from "@/lib/site";

/**
 * A static redirect that needs no script (so it passes a strict CSP): a zero-delay meta refresh, which
 * React hoists into <head>, and the link itself for readers whose browser does not follow it.
 */
export function Redirect({ to, label }: { to: string; label: string }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${withBase(to)}`} />
      <meta name="robots" content="noindex" />
      <h1>Redirecting…</h1>
      <p>
        This short link goes to <Link href={to}>{label}</Link>.
      </p>
    </>
  );
}
