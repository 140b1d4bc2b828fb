/**
 * The engine's properties as fast-check properties, shared by `npm test` (a few hundred
 * cases) and `npm run fuzz` (as many as asked for).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lint, lintParsed } from '../../server/src/pipeline/defaults';
import { parseBrief, type ParsedBrief } from '../../server/src/engine/parseBrief';
import { reparseBrief } from '../../server/src/engine/reparseBrief';
import { buildMutated, mutatedBriefArbitrary, randomTextArbitrary, snippetArbitrary, type Scale, type Seed } from './briefCases';
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

/** One edit as an editor sends it: at an offset (taken modulo the length), some characters replaced by others. */
export interface TypedEdit {
  at: number;
  remove: number;
  insert: string;
}

/** Mostly what people type inside a paragraph, now and then Markdown that changes the blocks. */
const typedArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('s', 'e', ' ', 'the ', '.', ',', 'Geneva ', 'SDG 11', 'GESDA', '[@gesda]', '(UN)') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '#', '# ', '*', '_', '`', '[', ']', '(', ')', '<', '>', '-', '- ', '|', '| --- |', '---', '```', '    ', '===', '[a]: b', '[^1]', '<!--', '-->', '1. ', '> ') },
  { weight: 1, arbitrary: snippetArbitrary() },
);

export const typedEditArbitrary: fc.Arbitrary<TypedEdit> = fc.record({ at: fc.nat({ max: 1_000_000 }), remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })), insert: fc.oneof(typedArbitrary, fc.constant('')) });

export function applyTypedEdit(text: string, { at, remove, insert }: TypedEdit): string {
  const start = at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(start + remove);
}

/** What a parse gives the rules, as one comparable string. */
function parsedShape(brief: ParsedBrief): string {
  const { tree, prose, blocks, asides, headings, comments, frontMatter } = brief;
  return JSON.stringify({ tree, prose, blocks, asides, headings, comments, frontMatter: frontMatter && { ...frontMatter, document: undefined } });
}

/**
 * Typing in a brief, one edit after another: each reparse from the previous version equals
 * a full parse of the new text, its findings equal a full lint's, and the previous version
 * is left as it was.
 */
export function typingProperty(seeds: Seed[]) {
  return fc.property(fc.nat(seeds.length - 1), fc.array(typedEditArbitrary, { minLength: 1, maxLength: 8 }), (seedIndex, edits) => {
    const { path, text, settings } = seeds[seedIndex];
    const options = { path, config: settings.config, knowledge: settings.knowledge };
    let brief = parseBrief(text, path);
    for (const edit of edits) {
      const before = parsedShape(brief);
      const next = applyTypedEdit(brief.text, edit);
      const incremental = reparseBrief(brief, next, path);
      const full = parseBrief(next, path);
      assert.equal(parsedShape(incremental), parsedShape(full));
      assert.deepEqual(lintParsed(incremental, options), lintParsed(full, options));
      assert.equal(parsedShape(brief), before, 'the previous version is left as it was');
      brief = incremental;
    }
  });
}
