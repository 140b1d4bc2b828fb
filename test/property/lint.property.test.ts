import fc from 'fast-check';
import { loadSeeds, QUICK } from './briefCases';
import { mutatedBriefProperty, randomTextProperty, typingProperty } from './lintProperties';

// Enough cases to catch regressions on every run while keeping `npm test` quick;
// `npm run fuzz` runs the same properties for as long as asked.
const seeds = loadSeeds();

describe('lint engine properties (fast-check)', function () {
  // Each case lints several times and fixes until stable; on a busy machine that can pass
  // mocha's default limit, which is there to catch hangs, not to time the engine.
  this.timeout(300_000);

  it('on mutated real briefs: never throws, ranges inside the text, deterministic, fixes local and convergent', () => {
    fc.assert(mutatedBriefProperty(seeds, QUICK), { numRuns: 50 });
  });

  it('on random text: the same promises hold', () => {
    fc.assert(randomTextProperty(seeds), { numRuns: 60 });
  });

  it('while typing: reparsing only the edited block gives the full parse and the full lint', () => {
    fc.assert(typingProperty(seeds), { numRuns: 150 });
  });
});
