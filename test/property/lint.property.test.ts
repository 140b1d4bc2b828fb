import fc from 'fast-check';
import { loadSeeds, QUICK } from './briefCases';
import { mutatedBriefProperty, randomTextProperty } from './lintProperties';

// Enough cases to catch regressions on every run while keeping `npm test` quick;
// `npm run fuzz` runs the same properties for as long as asked.
const seeds = loadSeeds();

describe('lint engine properties (fast-check)', () => {
  it('on mutated real briefs: never throws, ranges inside the text, deterministic, fixes local and convergent', () => {
    fc.assert(mutatedBriefProperty(seeds, QUICK), { numRuns: 60 });
  });

  it('on random text: the same promises hold', () => {
    fc.assert(randomTextProperty(seeds), { numRuns: 60 });
  });
});
