import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', 'bin', 'diplobrief.js');
const FIXTURES = join(__dirname, 'fixtures', 'cli');

function run(args: string[], cwd = FIXTURES, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-cli-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

describe('diplobrief CLI (built bundle)', () => {
  it('exits 0 on a clean brief and 1 on a brief with errors', () => {
    assert.equal(run(['lint', 'briefs/clean.brief.md']).code, 0);
    const failing = run(['lint', 'briefs/broken.brief.md']);
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /front-matter-syntax/);
  });

  it('--format json prints exactly the documented shape', () => {
    const { stdout, code } = run(['lint', '.', '--format', 'json']);
    assert.equal(code, 1);
    const files = JSON.parse(stdout) as { file: string; diagnostics: Record<string, unknown>[] }[];
    assert.deepEqual(files.map((f) => f.file).sort(), ['briefs/broken.brief.md', 'briefs/clean.brief.md', 'briefs/warnings.brief.md', 'notes.md']);
    const diagnostic = files.find((f) => f.file === 'briefs/broken.brief.md')!.diagnostics[0];
    assert.deepEqual(Object.keys(diagnostic).sort(), ['fixable', 'message', 'range', 'rule', 'severity']);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(diagnostic.severity as string));
    assert.deepEqual(files.find((f) => f.file === 'notes.md')!.diagnostics, [], 'a Markdown file that is not a brief is left alone');
  });

  it('--format sarif is SARIF 2.1.0 with rules that link to their docs', () => {
    const log = JSON.parse(run(['lint', 'briefs', '--format', 'sarif']).stdout);
    assert.equal(log.version, '2.1.0');
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    assert.ok(rules.every((rule) => rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`)));
    const result = log.runs[0].results[0];
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'briefs/broken.brief.md');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
  });

  it('--format github prints workflow annotations', () => {
    const { stdout } = run(['lint', 'briefs/broken.brief.md', '--format', 'github']);
    assert.match(stdout, /^::error file=briefs\/broken\.brief\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=front-matter-syntax::/m);
  });

  it('--max-warnings turns warnings into a failing exit code', () => {
    assert.equal(run(['lint', 'briefs/warnings.brief.md']).code, 0);
    assert.equal(run(['lint', 'briefs/warnings.brief.md', '--max-warnings', '0']).code, 1);
    assert.equal(run(['lint', 'briefs/warnings.brief.md', '--quiet']).stdout.includes('warning'), false);
  });

  it('exits 2 with a one-line reason for usage and configuration errors', () => {
    for (const args of [['lint', 'missing.md'], ['lint', '--format', 'xml'], ['lint', 'nothing/**/*.md'], ['explain', 'no-such-rule'], ['lint', '--config', 'nope.yaml']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^diplobrief: .+\n$/, `one line, no stack trace: ${stderr}`);
    }
  });

  it('uses colour only on a terminal, so piped output is plain', () => {
    assert.doesNotMatch(run(['lint', 'briefs']).stdout, /\u001b\[/);
  });

  it('--fix applies safe fixes only, and a second --fix changes nothing', () => {
    const dir = copyFixtures();
    const file = join(dir, 'briefs', 'warnings.brief.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: final\n', 'status: final\nsdgs: [SDG 11]\n'));
    run(['lint', 'briefs', '--fix'], dir);
    const once = readFileSync(file, 'utf8');
    assert.match(once, /^sdgs: \[11\]$/m, 'the tag format is fixed');
    assert.doesNotMatch(once, /## References/, 'an added section is a suggestion, not a fix');
    run(['lint', 'briefs', '--fix'], dir);
    assert.equal(readFileSync(file, 'utf8'), once);
  });

  it('a bad config: one problem at its line, the briefs still linted with the built-in defaults, exit 2', () => {
    const dir = copyFixtures();
    writeFileSync(join(dir, '.diplobrief.yaml'), 'rules:\n  front-matter-schema: loud\n');
    const { stdout, stderr, code } = run(['lint', 'briefs', '--format', 'json'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /a config or data file has errors \(shown above\); fix them/);
    const files = JSON.parse(stdout) as { file: string; diagnostics: { rule: string; message: string; range: { start: { line: number } } }[] }[];
    const config = files.find((f) => f.file === '.diplobrief.yaml');
    assert.deepEqual(
      config?.diagnostics.map((d) => [d.rule, d.range.start.line, d.message]),
      [['config-invalid', 1, "'rules.front-matter-schema' must be one of: off, info, information, warning, error, hint."]],
      'one message for one wrong severity, not also "must be a list"',
    );
    assert.ok(files.find((f) => f.file === 'briefs/broken.brief.md')!.diagnostics.length > 0);
  });

  it('a broken team data file: its problems shown, exit 2 even when every brief is clean', () => {
    const dir = copyFixtures();
    writeFileSync(join(dir, '.diplobrief.yaml'), 'vocabulary: team/vocabulary.yaml\n');
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', 'vocabulary.yaml'), 'terms: [unclosed\n');
    const { stdout, code } = run(['lint', 'briefs/clean.brief.md'], dir);
    assert.equal(code, 2);
    assert.match(stdout, /^team\/vocabulary\.yaml\n\s+\d+:\d+\s+error\s+.+knowledge-invalid$/m);
  });

  it('--concurrency: worker threads find exactly what one thread finds, in the same order, config problems once', () => {
    const dir = copyFixtures();
    writeFileSync(join(dir, '.diplobrief.yaml'), 'rules:\n  front-matter-schema: loud\n');
    // Enough briefs for three workers (40 each), in folders that sort between the fixtures'.
    for (let i = 0; i < 130; i++) {
      const folder = join(dir, `programme-${i % 7}`);
      mkdirSync(folder, { recursive: true });
      const source = ['clean', 'broken', 'warnings'][i % 3];
      cpSync(join(dir, 'briefs', `${source}.brief.md`), join(folder, `brief-${String(i).padStart(3, '0')}.brief.md`));
    }
    const oneThread = run(['lint', '.', '--format', 'json', '--concurrency', '1'], dir);
    const threeThreads = run(['lint', '.', '--format', 'json', '--concurrency', '3'], dir);
    assert.equal(oneThread.code, 2);
    assert.equal(threeThreads.code, oneThread.code);
    const files = JSON.parse(oneThread.stdout) as { file: string; diagnostics: unknown[] }[];
    assert.equal(files.length, 130 + 4 + 1, 'every brief, the fixtures and the config file');
    assert.equal(files.filter((f) => f.file === '.diplobrief.yaml').length, 1);
    assert.deepEqual(JSON.parse(threeThreads.stdout), files);
    assert.match(run(['lint', '.', '--concurrency', '0'], dir).stderr, /--concurrency takes a whole number of threads/);
  });

  it('lists rules and explains one', () => {
    assert.match(run(['rules']).stdout, /^front-matter-schema\s+error/m);
    assert.match(run(['explain', 'front-matter-schema']).stdout, /^# front-matter-schema/);
  });
});
