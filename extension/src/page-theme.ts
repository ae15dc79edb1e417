/**
 * Whether the page around an element is dark: the first mostly opaque background up its ancestors, by
 * luminance; the user's colour scheme when the page paints none. Host pages rarely say their theme in a way
 * an extension can read, but their colours always do.
 */
export function darkAround(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(getComputedStyle(e).backgroundColor);
    if (!rgb || (rgb[4] !== undefined && Number(rgb[4]) < 0.5)) continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45;
  }
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}
