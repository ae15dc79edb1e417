import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import Link from "next/link";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";

function MarkdownLink({ href = "", children, ...rest }: ComponentProps<"a">) {
  if (href.startsWith("/")) return <Link href={href}>{children}</Link>;
  if (href.startsWith("#")) return <a href={href}>{children}</a>;
  return (
    <a {...rest} href={href} rel="noopener noreferrer" target="_blank">
      {children}
    </a>
  );
}

/** Renders a sanitised HTML tree made at build time by lib/markdown. */
export function Markdown({ tree }: { tree: Root }) {
  return <div className="prose">{toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { a: MarkdownLink } })}</div>;
}
