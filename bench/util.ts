/** Milliseconds kept to three decimals, as the results file shows them. */
export const ms = (x: number) => Math.round(x * 1000) / 1000;

/** The p-th percentile (0..1) of a list of numbers. */
export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

/** A function's result and how long it took, in milliseconds. */
export function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

const started = performance.now();

/** A progress line on stderr, with the seconds since the bench started. */
export function log(msg: string): void {
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${msg}`);
}

export function elapsedSeconds(): number {
  return Math.round((performance.now() - started) / 1000);
}
