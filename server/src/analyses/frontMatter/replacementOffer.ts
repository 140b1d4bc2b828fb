import type { OffsetEdit, OffsetFix } from '../../engine/rule';

/**
 * How a rule offers the ids close to an unknown one. A single close id is a known typo,
 * fixed safely; among several only the author can choose, so each is a suggestion.
 */
export function replacementOffer(candidates: readonly string[], replace: (id: string) => OffsetEdit, label: (id: string) => string = (id) => `'${id}'`): { fix?: OffsetFix; suggestions?: OffsetFix[] } {
  const offers = candidates.map((id) => ({ title: `Replace with ${label(id)}`, edits: [replace(id)] }));
  if (offers.length === 1) return { fix: offers[0] };
  return offers.length > 1 ? { suggestions: offers } : {};
}
