/**
 * The index of the first item for which `isPast` holds, in a list ordered so that it is
 * false for the items before and true from there on (spans in document order, for
 * example); the list's length when it holds for none. A binary search: O(log n).
 */
export function firstIndexPast<T>(items: readonly T[], isPast: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(items[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The index of the first number at or above `value` in an ascending list; the list's length when there is none. */
export function firstAtOrAbove(numbers: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (numbers[middle] >= value) high = middle;
    else low = middle + 1;
  }
  return low;
}
