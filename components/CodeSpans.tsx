import { Fragment, type ReactNode } from "react";

/**
 * Text whose `backticked` parts are code, as content writes names and fields in its one-line definitions
 * (`host`, `corsPolicy`); `render` draws each part's text (words marked, for instance). A lone backtick stays text.
 */
export function CodeSpans({ text, render = (t) => t }: { text: string; render?: (part: string) => ReactNode }) {
  return (
    <>
      {text.split(/`([^`\n]+)`/).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered.
        i % 2 === 1 ? <code key={i}>{render(part)}</code> : <Fragment key={i}>{render(part)}</Fragment>,
      )}
    </>
  );
}
