import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { type ComponentProps, useId } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { Link } from "@/components/Link";

/** A link to a glossary sense with its definition as a card shown on hover and on keyboard focus. */
function GlossaryLink({
  href,
  title,
  children,
}: {
  href: string;
  title: string;
  children: ComponentProps<"a">["children"];
}) {
  const id = useId();
  return (
    <span className="gloss">
      <Link href={href} aria-describedby={id} className="gloss-link">
        {children}
      </Link>
      <span role="tooltip" id={id} className="gloss-card">
        {title}
      </span>
    </span>
  );
}

function MarkdownLink({ href = "", title, children, ...rest }: ComponentProps<"a">) {
  if (href.startsWith("/glossary/") && title)
    return (
      <GlossaryLink href={href} title={title}>
        {children}
      </GlossaryLink>
    );
  if (href.startsWith("/")) return <Link href={href}>{children}</Link>;
  if (href.startsWith("#")) return <a href={href}>{children}</a>;
  return (
    <a {...rest} title={title} href={href} rel="noopener noreferrer" target="_blank">
      {children}
    </a>
  );
}

/** Code blocks can scroll sideways, so they take keyboard focus (WCAG 2.1.1). */
function CodeBlock(props: ComponentProps<"pre">) {
  // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus.
  return <pre {...props} tabIndex={0} />;
}

function InlineParagraph(props: ComponentProps<"span">) {
  return <span {...props} />;
}

/**
 * Renders a sanitised HTML tree made at build time by lib/markdown. `inline` renders a one-paragraph text
 * where only phrasing content may stand (inside a <summary>, say).
 */
export function Markdown({ tree, inline = false }: { tree: Root; inline?: boolean }) {
  const components = inline ? { a: MarkdownLink, p: InlineParagraph } : { a: MarkdownLink, pre: CodeBlock };
  const rendered = toJsxRuntime(tree, { Fragment, jsx, jsxs, components });
  return inline ? <span className="prose-inline">{rendered}</span> : <div className="prose">{rendered}</div>;
}
