import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..');

interface Step {
  name: string;
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

/** `${{ … }}` as GitHub evaluates it, for the few names the action uses; any other is an error, so none is skipped unseen. */
function evaluate(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    assert.ok(name in context, `action.yml uses \${{ ${name} }}, which this test does not provide`);
    return context[name];
  });
}

interface StepsRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the steps wrote to $GITHUB_OUTPUT, as the action's outputs read it. */
  outputs: Record<string, string>;
}

/** Runs the composite action's steps in turn, as a runner does: `bash -eo pipefail`, env and working folder from the step. */
function runAction(workspace: string, inputs: Record<string, string>): StepsRun {
  const context: Record<string, string> = { 'github.action_path': ROOT };
  for (const [name, input] of Object.entries(action.inputs)) context[`inputs.${name}`] = inputs[name] ?? input.default;
  const temp = mkdtempSync(join(tmpdir(), 'diplobrief-runner-'));
  const outputFile = join(temp, 'output');
  writeFileSync(outputFile, '');
  let last: StepsRun = { code: 0, stdout: '', stderr: '', outputs: {} };
  for (const step of action.runs.steps) {
    assert.equal(step.shell, 'bash', step.name);
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, evaluate(value, context)]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluate(step.run, context)], {
      cwd: step['working-directory'] ? evaluate(step['working-directory'], context) : workspace,
      encoding: 'utf8',
      env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp },
    });
    const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => line.split(/=(.*)/s).slice(0, 2)));
    last = { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
    if (result.status !== 0) break;
  }
  for (const [name, output] of Object.entries(action.outputs)) {
    const match = /^\$\{\{\s*steps\.(\w+)\.outputs\.([\w-]+)\s*\}\}$/.exec(output.value);
    assert.ok(match, `output ${name} reads a step's output`);
    if (match[2] in last.outputs) last.outputs[name] = last.outputs[match[2]];
  }
  return last;
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-action-'));
  cpSync(join(__dirname, 'fixtures', 'cli'), dir, { recursive: true });
  return dir;
}

describe('action.yml, its steps run as a runner runs them', () => {
  it('is a composite action whose lint step prints GitHub annotations and fails on errors', () => {
    assert.equal(action.runs.using, 'composite');
    const result = runAction(workspace(), {});
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^::error file=briefs\/broken\.brief\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=front-matter-syntax::/m);
    assert.match(result.stdout, /^::warning file=briefs\/warnings\.brief\.md,/m);
    assert.deepEqual(result.stdout.split('\n').filter((line) => line && !line.startsWith('::')), [], 'nothing but workflow commands on standard output');
  });

  it('writes SARIF with the same findings as the annotations, and names it as its output', () => {
    const dir = workspace();
    const result = runAction(dir, { 'sarif-file': 'diplobrief.sarif' });
    assert.equal(result.code, 1, 'the findings still fail the step; the upload step runs with if: always()');
    assert.equal(result.outputs['sarif-file'], 'diplobrief.sarif');
    const log = JSON.parse(readFileSync(join(dir, 'diplobrief.sarif'), 'utf8'));
    assert.equal(log.version, '2.1.0');
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    assert.deepEqual(
      results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.ruleId}`),
      annotations.map((line) => {
        const [, file, lineNumber, rule] = /file=([^,]+),line=(\d+),.*title=([^:]+)::/.exec(line)!;
        return `${file}:${lineNumber}:${rule}`;
      }),
    );
  });

  it('takes paths, a config file and a warning budget; passes on clean briefs', () => {
    const dir = workspace();
    assert.equal(runAction(dir, { paths: 'briefs/clean.brief.md briefs/warnings.brief.md' }).code, 0);
    const strict = runAction(dir, { paths: 'briefs/clean.brief.md briefs/warnings.brief.md', 'max-warnings': '0' });
    assert.equal(strict.code, 1);
    writeFileSync(join(dir, 'quiet.yaml'), 'root: true\nrules:\n  sdg-missing: off\n  structure-required-sections: off\n');
    const configured = runAction(dir, { paths: 'briefs/*.md', config: 'quiet.yaml' });
    assert.doesNotMatch(configured.stdout, /sdg-missing|structure-required-sections/);
    assert.match(configured.stdout, /title=front-matter-syntax/, 'the glob reached the broken brief');
  });

  it('keeps its cache where cache-location says, for actions/cache to restore', () => {
    const dir = workspace();
    runAction(dir, { 'cache-location': '.diplobrief-cache' });
    // The cache holds a header line, then a line per file that begins with `[path, key]`.
    const cache = readFileSync(join(dir, '.diplobrief-cache'), 'utf8');
    assert.equal(JSON.parse(cache.slice(0, cache.indexOf('\n'))).format, 'diplobrief-cache/3');
    assert.match(cache, /\n\["briefs\/broken\.brief\.md",\{/);
  });
});
