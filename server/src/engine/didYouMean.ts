/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The candidates closest to `input` (case-insensitive), nearest first; only those
 * close enough to be a plausible typo.
 */
export function closestMatches(input: string, candidates: Iterable<string>, limit = 3, maxDistance = Math.max(2, Math.floor(input.length / 3))): string[] {
  const wanted = input.toLowerCase();
  return [...new Set(candidates)]
    // Lengths further apart than the distance allowed cannot be close enough: a catalogue of thousands is mostly those.
    .map((candidate) => ({ candidate, lower: candidate.toLowerCase() }))
    .filter(({ lower }) => Math.abs(lower.length - wanted.length) <= maxDistance)
    .map(({ candidate, lower }) => ({ candidate, distance: editDistance(wanted, lower) }))
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** " Did you mean 'x' or 'y'?" or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const matches = closestMatches(input, candidates);
  if (matches.length === 0) return '';
  return ` Did you mean ${matches.map((m) => `'${m}'`).join(' or ')}?`;
}
