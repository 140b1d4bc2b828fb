import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'diplobrief.js');

interface PatternStep {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

interface Matcher {
  name: string;
  owner: string;
  source?: string;
  fileLocation: string[];
  pattern: PatternStep[];
}

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

/**
 * Runs a multi-line problem matcher over output as VS Code's task system does: the first
 * pattern sets the file, the looping last pattern then matches one problem per line until a
 * line does not match.
 */
function matchProblems(matcher: Matcher, output: string): Problem[] {
  const [head, item] = matcher.pattern;
  const headRegexp = new RegExp(head.regexp);
  const itemRegexp = new RegExp(item.regexp);
  const problems: Problem[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const problem = file === undefined ? null : itemRegexp.exec(line);
    if (problem) {
      problems.push({
        file: file!,
        line: Number(problem[item.line!]),
        column: Number(problem[item.column!]),
        severity: problem[item.severity!],
        message: problem[item.message!],
        code: problem[item.code!],
      });
      continue;
    }
    const fileLine = headRegexp.exec(line);
    file = fileLine ? fileLine[head.file!] : undefined;
  }
  return problems;
}

const SEVERITY_WORD = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' } as const;

describe('the $diplobrief problem matcher for tasks', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const matcher = (manifest.contributes.problemMatchers as Matcher[]).find((m) => m.name === 'diplobrief')!;

  it('is contributed with the shape VS Code reads: an owner, file locations and a looping pattern', () => {
    assert.ok(matcher, 'package.json contributes a problem matcher named diplobrief');
    assert.equal(matcher.owner, 'diplobrief');
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
    assert.equal(matcher.pattern.length, 2);
    assert.equal(matcher.pattern[1].loop, true);
  });

  it("finds in the CLI's stylish output every finding --format json reports, at the same place, with its severity, message and rule", () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-matcher-'));
    cpSync(join(__dirname, 'fixtures', 'cli'), dir, { recursive: true });
    // Every severity, messages with colons, quotes and backticks, and a problem in a team data file.
    writeFileSync(join(dir, '.diplobrief.yaml'), 'root: true\nvocabulary: team.yaml\nrules:\n  sdg-missing: info\n  structure-required-sections: hint\n');
    writeFileSync(join(dir, 'team.yaml'), 'terms: [unclosed\n');
    const lint = (format: string) => spawnSync(process.execPath, [CLI, 'lint', '.', '--format', format], { cwd: dir, encoding: 'utf8' }).stdout;
    const expected = (JSON.parse(lint('json')) as { file: string; diagnostics: { rule: string; severity: keyof typeof SEVERITY_WORD; message: string; range: { start: { line: number; character: number } } }[] }[]).flatMap(
      (result) =>
        result.diagnostics.map((d) => ({
          file: result.file,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          severity: SEVERITY_WORD[d.severity],
          message: d.message,
          code: d.rule,
        })),
    );
    for (const severity of ['error', 'info', 'hint']) assert.ok(expected.some((problem) => problem.severity === severity), severity);
    assert.ok(expected.some((problem) => problem.file === 'team.yaml'));
    assert.deepEqual(matchProblems(matcher, lint('stylish')), expected);
  });
});
