import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', 'bin');

/** Loads `bundle` in a fresh Node as bin/diplobrief.js does (under its V8 flags, unless others are given), and tells what became of its code cache. */
function loadInChild(bundle?: string, flags?: string[]): { codeCache: string; runs: boolean } {
  const script = `
    const { CLI_BUNDLE, CLI_V8_FLAGS } = require(${JSON.stringify(join(BIN, 'diplobrief.js'))});
    const { exports, codeCache } = require(${JSON.stringify(join(BIN, 'loadBundle.js'))}).loadBundle(${bundle ? JSON.stringify(bundle) : 'CLI_BUNDLE'}, ${flags ? JSON.stringify(flags) : 'CLI_V8_FLAGS'});
    process.stdout.write(JSON.stringify({ codeCache, runs: typeof exports.run === 'function' }));`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

describe('the CLI code cache', () => {
  it('the build writes one, and the CLI starts from it', () => {
    assert.deepEqual(loadInChild(), { codeCache: 'used', runs: true });
  });

  it('goes with a copy of its bundle; a bundle it was not made from, or other V8 flags, compile as usual', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-code-cache-'));
    const bundle = join(dir, 'cli.js');
    copyFileSync(join(BIN, '..', 'dist', 'cli.js'), bundle);
    assert.deepEqual(loadInChild(bundle), { codeCache: 'none', runs: true });
    copyFileSync(join(BIN, '..', 'dist', 'cli.code-cache'), join(dir, 'cli.code-cache'));
    assert.deepEqual(loadInChild(bundle), { codeCache: 'used', runs: true });
    assert.deepEqual(loadInChild(bundle, []), { codeCache: 'rejected', runs: true });
    // Another bundle of the same length, which V8 alone would take the old code for.
    const source = readFileSync(bundle, 'utf8');
    writeFileSync(bundle, source.replace('DiploBrief', 'DiploBriEf'));
    assert.equal(readFileSync(bundle, 'utf8').length, source.length);
    assert.deepEqual(loadInChild(bundle), { codeCache: 'stale', runs: true });
  });
});
