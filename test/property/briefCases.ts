/**
 * Generated and mutated briefs for the property tests and `npm run fuzz`. Mutations start
 * from the project's real briefs (fixtures, examples) so the rules have something to find,
 * then break them the ways editors and people do.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { SettingsLoader } from '../../server/src/config/settingsLoader';
import { BUILTIN_KNOWLEDGE } from '../../server/src/knowledge/loadKnowledge';
import type { Settings } from '../../server/src/config/settingsLoader';
import frontMatterSchema from '../../server/src/rules/front-matter.schema.json';

const ROOT = join(__dirname, '..', '..');

/** A starting brief and the settings it is linted with (its fixture config, when it has one). */
export interface Seed {
  name: string;
  path: string;
  text: string;
  settings: Settings;
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith('.md') ? [path] : [];
    });
}

/** Every brief the project ships: rule fixtures (with their configs), CLI fixtures, examples. */
export function loadSeeds(): Seed[] {
  const defaults = new SettingsLoader();
  return [...markdownFiles(join(ROOT, 'test', 'fixtures')), ...markdownFiles(join(ROOT, 'examples'))].map((path) => {
    const configFile = path.replace(/(\.fixed)?\.md$/, '.config.yaml');
    const settings = existsSync(configFile) ? new SettingsLoader({ configFile }).forFile(path) : defaults.forFile(path);
    return { name: path.slice(ROOT.length + 1), path, text: readFileSync(path, 'utf8'), settings };
  });
}

const MARKDOWN = [
  '\n', '\n\n', '---\n', '```\n', '```yaml\n', '~~~\n', '    indented code\n', '# Title\n', '## Executive summary\n',
  '## Recommendations\n', '## References\n', '### \n', '#', '> ', '- ', '1. ', '* * *\n', '| a | b |\n| --- | --- |\n| c | d |\n',
  '[link](https://example.org)', '<https://example.org>', '![img](x.png)', '`code`', '**bold**', '_', '*', '[', ']', '(', ')',
  '<!--', '-->', '<!-- diplobrief-disable -->', '<!-- diplobrief-enable -->', '<!-- diplobrief-disable-next-line -->',
  '<div>\n', '</div>', '\\', '&amp;', '[^1]', '[^1]: A note.\n', '- [ ] task\n', ':', '\t', 'Setext heading\n===\n',
];

const YAML = [
  'title: ', 'type: policy-brief\n', 'sdgs: [11, 11.10, "11.a", 99]\n', 'authors: [a, b\n', 'date: 2025-02-30\n', 'status: ',
  '&a ', '*a', '? ', '{', '}', '[', ']', '"', "'", '|\n', '>-\n', '!!binary ', '%YAML 1.2\n', '...\n', 'key: value\n',
  '  - item\n', '<<: *a\n', 'type: policy-brief', '---',
];

const UNICODE = [
  '\uFEFF', '\r\n', '\r', '\u2028', '\u2029', '\u0085', 'مرحبا بالعالم', 'שלום עולם', '\u202Etxet desrever\u202C', '\u200F',
  '\u200B', 'e\u0301', 'Z\u0334\u0327\u031Ba\u0335\u0322\u035Dl\u0338g\u0337o\u0336', '🌍', '👩‍👩‍👧‍👦', '🇪🇸', '👍🏽', '𝔸𝕓𝕔',
  '\uD800', '\uDC00', '\u00A0', 'ß', 'İ', 'ﬁ', '\uFFFD', '\u000B', '\u000C', 'ﾟ', '\u0000',
];

/** The domain's words, so vocabulary, tagging and initiative rules fire on mutated text. */
function domainSnippets(): string[] {
  const { vocabulary, initiatives, actionAreas, sdg } = BUILTIN_KNOWLEDGE;
  return [
    ...vocabulary.terms.flatMap((t) => [t.term, ...t.avoid]),
    ...vocabulary.acronyms.flatMap((a) => [a.acronym, `${a.expansion} (${a.acronym})`]),
    ...vocabulary.spellings.flatMap((s) => [s.gb, s.us]),
    ...initiatives.flatMap((i) => [`[@${i.id}]`, i.name]),
    ...actionAreas.flatMap((a) => [a.name, ...a.keywords]),
    ...sdg.goals().map((g) => `SDG ${g.id}`),
    'SDG 11.7', 'target 11.a', 'indicator 11.6.2', 'SDG 18', '[@no-such-initiative]', '[@', 'STI', 'UN',
  ].filter((s) => s.length > 0);
}

/** One change to a text; records, not functions, so counterexamples print readably. */
export type Mutation =
  | { kind: 'insert'; at: number; snippet: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'lineEndings'; to: '\r\n' | '\r' | 'mixed' }
  | { kind: 'bom' }
  | { kind: 'truncate'; at: number }
  | { kind: 'frontMatter'; yaml: string }
  | { kind: 'nest'; at: number; style: 'quote' | 'list' | 'yamlFlow' | 'yamlBlock' | 'html' | 'emphasis'; depth: number }
  | { kind: 'longLine'; at: number; length: number; spaces: boolean };

const position = fc.nat({ max: 1_000_000 });

export function snippetArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
    { weight: 2, arbitrary: fc.constantFrom(...YAML) },
    { weight: 3, arbitrary: fc.constantFrom(...UNICODE) },
    { weight: 4, arbitrary: fc.constantFrom(...domainSnippets()) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  );
}

/** Front matter blocks: schema-shaped values of the wrong types, random JSON, and broken YAML. */
function frontMatterArbitrary(): fc.Arbitrary<string> {
  const keys = fc.oneof(fc.constantFrom(...Object.keys(frontMatterSchema.properties)), fc.string({ maxLength: 8 }));
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('policy-brief', '2025-04-02', 'draft', '11.10', '[@gesda]'));
  const mapping = fc.dictionary(keys, value, { maxKeys: 8 }).map((data) => stringify(data));
  const broken = fc.array(fc.constantFrom(...YAML, ...UNICODE), { maxLength: 12 }).map((parts) => parts.join(''));
  return fc.oneof(mapping, broken, fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)));
}

/**
 * How big the worst mutations get. The Markdown parser is superlinear in list depth (a
 * 300-level list takes seconds), so `npm test` stays small and the fuzz run goes deep.
 */
export interface Scale {
  maxDepth: number;
  maxLineLength: number;
  maxMutations: number;
}

export const QUICK: Scale = { maxDepth: 40, maxLineLength: 4000, maxMutations: 6 };
export const DEEP: Scale = { maxDepth: 300, maxLineLength: 50_000, maxMutations: 12 };

export function mutationArbitrary(scale: Scale): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, snippet: snippetArbitrary() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 400 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: position, b: position }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEndings' as const), to: fc.constantFrom('\r\n' as const, '\r' as const, 'mixed' as const) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('frontMatter' as const), yaml: frontMatterArbitrary() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('nest' as const),
        at: position,
        style: fc.constantFrom('quote' as const, 'list' as const, 'yamlFlow' as const, 'yamlBlock' as const, 'html' as const, 'emphasis' as const),
        depth: fc.integer({ min: 1, max: scale.maxDepth }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('longLine' as const), at: position, length: fc.integer({ min: 500, max: scale.maxLineLength }), spaces: fc.boolean() }) },
  );
}

function nested(style: Extract<Mutation, { kind: 'nest' }>['style'], depth: number): string {
  switch (style) {
    case 'quote':
      return `${'> '.repeat(depth)}Deep quote.\n`;
    case 'list':
      return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}\n`).join('');
    case 'yamlFlow':
      return `---\nsdgs: ${'['.repeat(depth)}11${']'.repeat(depth)}\n---\n`;
    case 'yamlBlock':
      return `---\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n---\n`;
    case 'html':
      return `${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}\n`;
    case 'emphasis':
      return `${'*_'.repeat(depth)}text${'_*'.repeat(depth)}\n`;
  }
}

export function applyMutation(text: string, mutation: Mutation): string {
  const at = (n: number) => n % (text.length + 1);
  switch (mutation.kind) {
    case 'insert':
      return text.slice(0, at(mutation.at)) + mutation.snippet + text.slice(at(mutation.at));
    case 'delete':
      return text.slice(0, at(mutation.at)) + text.slice(at(mutation.at) + mutation.length);
    case 'duplicate': {
      const start = at(mutation.at);
      const piece = text.slice(start, start + mutation.length);
      return text.slice(0, start) + piece + piece + text.slice(start + mutation.length);
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const [a, b] = [mutation.a % lines.length, mutation.b % lines.length];
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'lineEndings': {
      const unix = text.replace(/\r\n?/g, '\n');
      if (mutation.to !== 'mixed') return unix.replace(/\n/g, mutation.to);
      let i = 0;
      return unix.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
    }
    case 'bom':
      return '\uFEFF' + text;
    case 'truncate':
      return text.slice(0, at(mutation.at));
    case 'frontMatter': {
      const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
      return `---\n${mutation.yaml}${mutation.yaml.endsWith('\n') ? '' : '\n'}---\n${body}`;
    }
    case 'nest':
      return text.slice(0, at(mutation.at)) + nested(mutation.style, mutation.depth) + text.slice(at(mutation.at));
    case 'longLine': {
      const unit = mutation.spaces ? 'science diplomacy ' : 'x🌍';
      const line = unit.repeat(Math.ceil(mutation.length / unit.length)).slice(0, mutation.length);
      return text.slice(0, at(mutation.at)) + line + text.slice(at(mutation.at));
    }
  }
}

/** A case: which seed, how to mutate it, and whether the brief is recognised by its path too. */
export interface MutatedBrief {
  seed: number;
  mutations: Mutation[];
  byPath: boolean;
}

export function mutatedBriefArbitrary(seedCount: number, scale: Scale): fc.Arbitrary<MutatedBrief> {
  return fc.record({
    seed: fc.nat({ max: seedCount - 1 }),
    mutations: fc.array(mutationArbitrary(scale), { minLength: 1, maxLength: scale.maxMutations }),
    byPath: fc.boolean(),
  });
}

export function buildMutated(seeds: readonly Seed[], brief: MutatedBrief): string {
  return brief.mutations.reduce(applyMutation, seeds[brief.seed].text);
}

/** Texts from nothing: random code units, random graphemes, and random soups of Markdown and YAML. */
export function randomTextArbitrary(): fc.Arbitrary<string> {
  const soup = fc.array(fc.oneof(fc.constantFrom(...MARKDOWN, ...YAML, ...UNICODE), fc.string({ maxLength: 10 })), { maxLength: 60 }).map((parts) => parts.join(''));
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    soup,
    soup.map((s) => `---\ntype: policy-brief\n${s}`),
  );
}
