/** First position in [start, end) whose value is >= x (values sorted ascending). */
export function lowerBound(values: ArrayLike<number>, end: number, x: number, start = 0): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
