import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver } from '../../server/src/config/resolveConfig';
import { SettingsLoader } from '../../server/src/config/settingsLoader';
import { lint } from '../../server/src/pipeline/defaults';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'diplobrief-config-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('config resolution', () => {
  it('merges from the farthest config to the nearest, and stops at root: true', () => {
    const root = workspace({
      '.diplobrief.yaml': 'language: en-US\nrules:\n  structure-length: off\n',
      'team/.diplobrief.yaml': 'root: true\nrules:\n  structure-length: [error, { maxWords: 10 }]\n',
      'team/briefs/sub/.diplobrief.yaml': 'rules:\n  front-matter-schema: info\n',
    });
    const { config, problems } = new ConfigResolver().resolveFor(join(root, 'team/briefs/sub/a.md'));
    assert.deepEqual(problems, []);
    assert.equal(config.language, undefined, 'the config above root: true must not apply');
    assert.deepEqual(config.rules['structure-length'], { severity: 'error', options: { maxWords: 10 } });
    assert.equal(config.rules['front-matter-schema'].severity, 'information');
    assert.equal(config.sources.length, 2);
  });

  it('reports an unknown rule and a bad severity at their lines, with a did-you-mean', () => {
    const root = workspace({ '.diplobrief.yaml': 'rules:\n  structure-lenght: warning\n  front-matter-schema: loud\n' });
    const { config, problems } = new ConfigResolver().resolveFor(join(root, 'a.md'));
    const unknown = problems.find((p) => /structure-lenght/.test(p.message));
    assert.ok(unknown, JSON.stringify(problems));
    assert.match(unknown.message, /Did you mean 'structure-length'/);
    assert.equal(unknown.range.start.line, 1);
    assert.ok(problems.some((p) => p.range.start.line === 2), 'the bad severity is reported on its line');
    assert.deepEqual(lint('# No front matter\n', { config, path: join(root, 'briefs', 'a.md') }).map((d) => [d.rule, d.severity]), [
      ['front-matter-missing', 'error'],
      ['structure-required-sections', 'warning'],
    ], 'the built-in defaults lint on');
  });

  it('one message for each wrong value, from the alternative that takes a value of its kind', () => {
    const cases: [string, string][] = [
      ['rules:\n  front-matter-schema: loud\n', "'rules.front-matter-schema' must be one of: off, info, information, warning, error, hint."],
      ['rules:\n  front-matter-schema: warnign\n', "'rules.front-matter-schema' must be one of: off, info, information, warning, error, hint. Did you mean 'warning'?"],
      ['rules:\n  front-matter-schema: []\n', "'rules.front-matter-schema' must have at least 1 entry."],
      ['rules:\n  structure-length: [warning, { maxWords: many }]\n', "'rules.structure-length.1.maxWords' must be a whole number."],
      ['vocabulary: 5\n', "'vocabulary' must be text, a list or a mapping of keys to values."],
      ['vocabulary: { files: 3 }\n', "'vocabulary.files' must be a list."],
    ];
    for (const [text, message] of cases) {
      const root = workspace({ '.diplobrief.yaml': text });
      assert.deepEqual(new ConfigResolver().resolveFor(join(root, 'a.md')).problems.map((p) => p.message), [message], text);
    }
  });

  it('reads a config and a data file saved with a byte order mark, with positions as an editor counts them', () => {
    const invalid = workspace({ '.diplobrief.yaml': '\uFEFFlanguage: en-AU\n' });
    const [language] = new ConfigResolver().resolveFor(join(invalid, 'a.md')).problems;
    assert.match(language.message, /'language' must be one of/);
    assert.deepEqual(language.range.start, { line: 0, character: 'language: '.length });

    const root = workspace({
      '.diplobrief.yaml': '\uFEFFinitiatives: team/initiatives.json\n',
      'team/initiatives.json': '\uFEFF{ "initiatives": [{ "id": "bcn-lab", "name": "Barcelona Lab", "city": "Barcelona", "country": "Spain", "aliases": [], "sdgs": ["11"] }] }\n',
    });
    const [summary, ...others] = new SettingsLoader({ baseDir: root }).forFile(join(root, 'a.md')).problems;
    assert.deepEqual(others, []);
    assert.match(summary.message, /'initiatives.0' is missing the required key 'summary'/);
    assert.deepEqual(summary.range.start, { line: 0, character: '{ "initiatives": ['.length });
  });

  it('detects an extends cycle, reports it at the entry that closes it, and keeps going', () => {
    const root = workspace({ '.diplobrief.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'language: en-GB\nextends: [recommended, ./.diplobrief.yaml]\n' });
    const { config, problems } = new ConfigResolver().resolveFor(join(root, 'a.md'));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /cycle/);
    assert.equal(problems[0].file, join(root, 'b.yaml'));
    assert.deepEqual(problems[0].range, { start: { line: 1, character: 23 }, end: { line: 1, character: 41 } });
    assert.equal(config.language, 'en-GB');
  });

  it('keeps the last good content of a config that becomes invalid', () => {
    const root = workspace({ '.diplobrief.yaml': 'language: en-US\n' });
    const resolver = new ConfigResolver();
    assert.equal(resolver.resolveFor(join(root, 'a.md')).config.language, 'en-US');
    writeFileSync(join(root, '.diplobrief.yaml'), 'language: [broken\n');
    const { config, problems } = resolver.resolveFor(join(root, 'a.md'));
    assert.equal(config.language, 'en-US');
    assert.equal(problems.length, 1);
  });

  it('a config read while it is being deleted: reported, and its last good content kept', () => {
    const root = workspace({ '.diplobrief.yaml': 'language: en-US\n' });
    let gone = false;
    const resolver = new ConfigResolver((path) => {
      if (gone) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return 'language: en-US\n';
    });
    resolver.resolveFor(join(root, 'a.md'));
    gone = true; // found by the folder walk, gone by the time it is read
    const { config, problems } = resolver.resolveFor(join(root, 'a.md'));
    assert.equal(config.language, 'en-US');
    assert.match(problems[0].message, /cannot be read .*ENOENT/);
  });
});

describe('team files that disappear while watched', () => {
  const files = {
    '.diplobrief.yaml': 'root: true\nlanguage: en-US\nextends: ./base.yaml\nvocabulary: team/vocabulary.yaml\n',
    'base.yaml': 'rules:\n  structure-length: off\n',
    'team/vocabulary.yaml': 'terms:\n  - term: urban diplomacy\n    definition: Cities acting abroad.\n    avoid: [city diplomacy]\n',
  };

  it('a deleted extends target and data file: each reported where the config names it, built-ins kept', () => {
    const root = workspace(files);
    const loader = new SettingsLoader();
    const before = loader.forFile(join(root, 'a.md'));
    assert.deepEqual(before.problems, []);
    rmSync(join(root, 'base.yaml'));
    rmSync(join(root, 'team', 'vocabulary.yaml'));
    loader.invalidate(); // what the language server does when its file watcher reports a deletion

    const after = loader.forFile(join(root, 'a.md'));
    const config = join(root, '.diplobrief.yaml');
    assert.deepEqual(after.problems.map((p) => [p.file, p.range.start.line]), [[config, 2], [config, 3]]);
    assert.match(after.problems[0].message, /'\.\/base\.yaml' is neither a preset .* nor an existing file/);
    assert.match(after.problems[1].message, /vocabulary\.yaml' does not exist\. .*the built-in data is used meanwhile/);
    assert.equal(after.config.language, 'en-US', 'the rest of the config still applies');
    assert.equal(after.config.rules['structure-length'], undefined, 'what the deleted file set is gone');
    assert.equal(after.knowledge.vocabulary.terms.length, before.knowledge.vocabulary.terms.length - 1, 'the built-in vocabulary stays');
  });

  it('a deleted config: the brief falls back to the built-in defaults', () => {
    const root = workspace(files);
    const loader = new SettingsLoader();
    loader.forFile(join(root, 'a.md'));
    rmSync(join(root, '.diplobrief.yaml'));
    loader.invalidate();
    const { config, problems } = loader.forFile(join(root, 'a.md'));
    assert.deepEqual(problems, []);
    assert.equal(config.language, undefined);
  });
});
