import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Link } from "@/components/Link";
import { SearchBox } from "@/components/SearchBox";
import { ThemeToggle } from "@/components/ThemeToggle";
import { site } from "@/lib/site";
import "./globals.css";
import { routes, withBase } from "@/lib/routes";
import { THEME_KEY } from "@/lib/theme";

export const metadata: Metadata = {
  title: { default: `${site.name}: the Istio and Kubernetes glossary`, template: `%s · ${site.name}` },
  description:
    "A searchable glossary and docs navigator for teams running Istio on Kubernetes: every overloaded word split into its senses.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Blocking on purpose: the saved theme must be set before the page is painted. */}
        <script src={withBase(routes.themeScript)} data-key={THEME_KEY} />
      </head>
      <body>
        {/* React hoists this into <head>: browsers offer to add the site as a search engine. */}
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          title={site.name}
          href={withBase(routes.opensearch)}
        />
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <div className="header-inner">
            <Link href={routes.home} className="brand">
              {site.name}
            </Link>
            <nav aria-label="Main" className="main-nav">
              <Link href={routes.glossary}>Glossary</Link>
              <Link href={routes.compareIndex}>Compare</Link>
              <Link href={routes.crosswalk}>Crosswalk</Link>
              <Link href={routes.docsMap}>Docs map</Link>
              <Link href={routes.readingLists}>Reading lists</Link>
              <Link href={routes.errors}>Errors</Link>
              <Link href={routes.decode}>Decoder</Link>
            </nav>
            <SearchBox globalShortcut />
            <ThemeToggle />
          </div>
        </header>
        <main id="main" className="page">
          {children}
        </main>
        <footer className="site-footer">
          <p>
            {site.name} explains Istio vocabulary in its own words and links to the official docs at istio.io,
            kubernetes.io, envoyproxy.io and gateway-api.sigs.k8s.io.
          </p>
        </footer>
      </body>
    </html>
  );
}
