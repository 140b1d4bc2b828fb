import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigResolver } from '../../server/src/config/resolveConfig';

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
    const { problems } = new ConfigResolver().resolveFor(join(root, 'a.md'));
    const unknown = problems.find((p) => /structure-lenght/.test(p.message));
    assert.ok(unknown, JSON.stringify(problems));
    assert.match(unknown.message, /Did you mean 'structure-length'/);
    assert.equal(unknown.range.start.line, 1);
    assert.ok(problems.some((p) => p.range.start.line === 2), 'the bad severity is reported on its line');
  });

  it('detects an extends cycle and keeps going', () => {
    const root = workspace({ '.diplobrief.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./.diplobrief.yaml\nlanguage: en-GB\n' });
    const { config, problems } = new ConfigResolver().resolveFor(join(root, 'a.md'));
    assert.ok(problems.some((p) => /cycle/.test(p.message)));
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
});
