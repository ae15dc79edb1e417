/**
 * The first index in `sorted` (ascending under `key`) whose key is not below `target`; `sorted.length` when
 * every key is below it. The one binary search of the code base: prefix completion, blocked ranges, cue
 * positions and line starts all ask this question.
 */
export function lowerBound<T>(sorted: ArrayLike<T>, target: T, below: (a: T, b: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(sorted[mid] as T, target)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const numberBelow = (a: number, b: number) => a < b;
const stringBelow = (a: string, b: string) => a < b;

/** `lowerBound` over ascending numbers. */
export function lowerBoundNumber(sorted: ArrayLike<number>, target: number): number {
  return lowerBound(sorted, target, numberBelow);
}

/** `lowerBound` over strings in code-unit order (as `Array.prototype.sort` leaves them). */
export function lowerBoundString(sorted: ArrayLike<string>, target: string): number {
  return lowerBound(sorted, target, stringBelow);
}
