import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..');

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=DiploBrief test', '-c', 'user.email=test@diplobrief.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** This checkout's files as they are now (committed or not, never ignored ones), as a repository of their own. */
function hooksRepository(): { path: string; rev: string } {
  const path = mkdtempSync(join(tmpdir(), 'diplobrief-hooks-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(join(path, dirname(file)), { recursive: true });
      cpSync(join(ROOT, file), join(path, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted but not yet committed
    }
  }
  git(path, 'init', '-q');
  git(path, 'add', '-A');
  git(path, 'commit', '-q', '-m', 'DiploBrief');
  return { path, rev: git(path, 'rev-parse', 'HEAD') };
}

const BRIEF = readFileSync(join(__dirname, 'fixtures', 'cli', 'briefs', 'warnings.brief.md'), 'utf8');

describe('.pre-commit-hooks.yaml, run by Debian\'s pre-commit on a scratch repository', function () {
  // pre-commit installs the hook from the repository as it installs any node hook: npm install, npm pack, npm install -g.
  this.timeout(15 * 60_000);
  let run: (...args: string[]) => { code: number | null; output: string };
  let project: string;

  before(function () {
    if (!onPath('pre-commit')) {
      process.stdout.write("      pre-commit is not installed, so the hooks are not tried: run 'apt-get install pre-commit' (as .ci/run does).\n");
      this.skip();
    }
    const hooks = hooksRepository();
    project = mkdtempSync(join(tmpdir(), 'diplobrief-pre-commit-'));
    git(project, 'init', '-q');
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hooks.path}\n    rev: ${hooks.rev}\n    hooks:\n      - id: diplobrief\n      - id: diplobrief-fix\n        stages: [manual]\n`,
    );
    writeFileSync(join(project, '.diplobrief.yaml'), 'root: true\n');
    mkdirSync(join(project, 'briefs'));
    const home = mkdtempSync(join(tmpdir(), 'diplobrief-pre-commit-home-'));
    run = (...args) => {
      const result = spawnSync('pre-commit', args, {
        cwd: project,
        encoding: 'utf8',
        // The packages are in npm's cache after `npm ci`; the registry is asked only for what is not.
        env: { ...process.env, PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
      });
      return { code: result.status, output: result.stdout + result.stderr };
    };
    const installed = run('install-hooks');
    assert.equal(installed.code, 0, installed.output);
  });

  it('fails on a staged brief with errors and shows its findings; passes once it is fixed', () => {
    const file = join(project, 'briefs', 'hub.md');
    writeFileSync(file, BRIEF.replace(/^authors:.*\n/m, ''));
    writeFileSync(join(project, 'README.md'), '# Not a brief\n\nNo front matter, and left alone.\n');
    git(project, 'add', '-A');
    const failing = run('run', 'diplobrief');
    assert.equal(failing.code, 1, failing.output);
    assert.match(failing.output, /briefs\/hub\.md\n\s+1:1\s+error\s+The front matter has no 'authors' field/);
    assert.doesNotMatch(failing.output, /README\.md/, 'a Markdown file that is not a brief is passed, and left alone');

    writeFileSync(file, BRIEF);
    git(project, 'add', '-A');
    const passing = run('run', 'diplobrief');
    assert.equal(passing.code, 0, passing.output);
  });

  it('diplobrief-fix applies the safe fixes to the staged briefs, as pre-commit fixers do', () => {
    const file = join(project, 'briefs', 'hub.md');
    writeFileSync(file, BRIEF.replace('status: final\n', 'status: final\nsdgs: [SDG 11]\n'));
    git(project, 'add', '-A');
    const fixing = run('run', '--hook-stage', 'manual', 'diplobrief-fix');
    assert.equal(fixing.code, 1, 'pre-commit fails a hook that changed files, so the fix is reviewed and staged');
    assert.match(fixing.output, /files were modified by this hook/);
    assert.match(readFileSync(file, 'utf8'), /^sdgs: \[11\]$/m);
  });
});
