import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspTestClient } from '../helpers/lspClient';

const ROOT = join(__dirname, '..', '..');
const GUARD = join(__dirname, 'isolationGuard.cjs');

/**
 * A workspace full of bait: JavaScript where a careless tool would look for config or
 * plugins, each file leaving a marker if anything ever runs it.
 */
function baitedWorkspace(): { dir: string; markers: string } {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-isolation-'));
  const markers = mkdtempSync(join(tmpdir(), 'diplobrief-markers-'));
  const bait = (name: string) => `require('fs').writeFileSync(${JSON.stringify(join(markers, name.replace(/\W/g, '_')))}, 'ran');\nmodule.exports = { rules: {} };\n`;
  cpSync(join(ROOT, 'test', 'fixtures', 'cli'), dir, { recursive: true });
  // Enough briefs for the CLI to lint on worker threads (with --concurrency 2), so the workers are watched too.
  const brief = readFileSync(join(dir, 'briefs', 'warnings.brief.md'), 'utf8');
  for (let i = 0; i < 100; i++) writeFileSync(join(dir, 'briefs', `copy-${i}.brief.md`), brief);
  for (const name of ['.diplobrief.js', '.diplobrief.cjs', '.diplobrief.mjs', 'diplobrief.config.js', 'base.js', 'team/vocabulary.js', 'node_modules/diplobrief-plugin/index.js']) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bait(name));
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ diplobrief: { plugins: ['diplobrief-plugin'] }, scripts: { preinstall: 'node base.js' } }));
  writeFileSync(join(dir, '.diplobrief.yaml'), 'root: true\nextends: ./base.js\nvocabulary: team/vocabulary.js\n');
  return { dir, markers };
}

function guarded(args: string[], cwd: string, log: string) {
  return spawnSync(process.execPath, ['--require', GUARD, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DIPLOBRIEF_GUARD_LOG: log, DIPLOBRIEF_GUARD_WORKSPACE: cwd },
  });
}

describe('isolation: no network, no code from the workspace', () => {
  it('the CLI lints a workspace full of JavaScript bait without running any of it or opening a socket', () => {
    const { dir, markers } = baitedWorkspace();
    const log = join(markers, '..', `${markers.split('/').at(-1)}.log`);
    const result = guarded([join(ROOT, 'bin', 'diplobrief.js'), 'lint', '.', '--format', 'json', '--concurrency', '2'], dir, log);
    const guardLog = readFileSync(log, 'utf8');

    assert.deepEqual(guardLog.split('\n').filter((line) => line.startsWith('forbidden')), []);
    assert.ok(guardLog.includes('guard loaded in the worker thread'), 'the lint workers ran under the guard too');
    assert.deepEqual(readdirSync(markers), [], 'no workspace JavaScript ran');
    assert.equal(result.status, 2, `a config that names scripts is a broken config: ${result.stderr}`);

    // The scripts the YAML config names are refused where it names them, not run.
    const files = JSON.parse(result.stdout) as { file: string; diagnostics: { rule: string; message: string; range: { start: { line: number } } }[] }[];
    const config = files.find((f) => f.file === '.diplobrief.yaml')!;
    assert.deepEqual(
      config.diagnostics.map((d) => [d.rule, d.range.start.line, /is a script; DiploBrief reads only YAML or JSON files and never runs code/.test(d.message)]),
      [['config-invalid', 1, true], ['knowledge-invalid', 2, true]],
    );
  });

  it('--config with a .js file is refused (exit 2), never evaluated', () => {
    const { dir, markers } = baitedWorkspace();
    const log = join(markers, '..', `${markers.split('/').at(-1)}.log`);
    const result = guarded([join(ROOT, 'bin', 'diplobrief.js'), 'lint', 'briefs/clean.brief.md', '--config', 'diplobrief.config.js'], dir, log);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^diplobrief: 'diplobrief\.config\.js' is a script; DiploBrief reads only YAML or JSON files/);
    assert.deepEqual(readdirSync(markers), []);
    assert.doesNotMatch(readFileSync(log, 'utf8'), /forbidden/);
  });

  it('the language server serves a baited workspace without running any of it or opening a socket', async () => {
    const { dir, markers } = baitedWorkspace();
    const log = join(markers, '..', `${markers.split('/').at(-1)}.log`);
    const saved = { ...process.env };
    // The test client spawns the server with this process's environment.
    Object.assign(process.env, { NODE_OPTIONS: `--require ${GUARD}`, DIPLOBRIEF_GUARD_LOG: log, DIPLOBRIEF_GUARD_WORKSPACE: dir });
    let client: LspTestClient;
    try {
      client = await LspTestClient.start(dir);
    } finally {
      process.env = saved;
    }
    const uri = await client.open('briefs/warnings.brief.md');
    await client.diagnostics(uri, (diagnostics) => diagnostics.length > 0);
    const position = { line: 12, character: 4 };
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    await client.request('textDocument/completion', { textDocument: { uri }, position });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const config = await client.diagnostics(client.uri('.diplobrief.yaml'), (diagnostics) => diagnostics.length > 0);
    await client.stop();

    assert.ok(config.every((d) => /is a script; DiploBrief reads only YAML or JSON/.test(String(d.message))), JSON.stringify(config));
    const guardLog = readFileSync(log, 'utf8');
    assert.match(guardLog, /guard loaded in the main thread/);
    assert.match(guardLog, /guard loaded in the worker thread/, 'the worker that reads the briefs on disk ran under the guard too');
    assert.deepEqual(guardLog.split('\n').filter((line) => line.startsWith('forbidden')), []);
    assert.deepEqual(readdirSync(markers), []);
  });

  it('the guard itself works: it catches a socket and a workspace module', () => {
    const { dir, markers } = baitedWorkspace();
    const log = join(markers, '..', `${markers.split('/').at(-1)}.log`);
    guarded(['-e', "try { require('net').connect(9, '127.0.0.1') } catch {} try { require('./base.js') } catch {}"], dir, log);
    const forbidden = readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('forbidden'));
    assert.deepEqual(forbidden, ['forbidden: net.connect', `forbidden: loading ${join(dir, 'base.js')}`]);
    assert.deepEqual(readdirSync(markers), []);
  });
});
