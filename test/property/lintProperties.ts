/**
 * The engine's properties as fast-check properties, shared by `npm test` (a few hundred
 * cases) and `npm run fuzz` (as many as asked for).
 */
import fc from 'fast-check';
import { lint } from '../../server/src/pipeline/defaults';
import { buildMutated, mutatedBriefArbitrary, randomTextArbitrary, type Scale, type Seed } from './briefCases';
import { checkLintInvariants, type LintText } from './lintInvariants';

/** A path under the default `files` globs, so texts whose front matter broke are still briefs. */
const BRIEF_PATH = 'briefs/generated.md';

function linterFor(seed: Seed, byPath: boolean): LintText {
  const { config, knowledge } = seed.settings;
  return (text) => lint(text, { path: byPath ? BRIEF_PATH : seed.path, config, knowledge });
}

export function mutatedBriefProperty(seeds: Seed[], scale: Scale) {
  return fc.property(mutatedBriefArbitrary(seeds.length, scale), (brief) => {
    const seed = seeds[brief.seed];
    checkLintInvariants(buildMutated(seeds, brief), linterFor(seed, brief.byPath), seeds[0].text);
  });
}

export function randomTextProperty(seeds: Seed[]) {
  return fc.property(randomTextArbitrary(), fc.boolean(), (text, byPath) => {
    checkLintInvariants(text, linterFor(seeds[0], byPath), seeds[0].text);
  });
}
