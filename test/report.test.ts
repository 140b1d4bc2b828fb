import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', 'bin', 'diplobrief.js');
const FIXTURES = join(__dirname, 'fixtures', 'portfolio');
const EXPECTED = join(FIXTURES, 'report.expected.json');
/** 2026-01-01T00:00:00Z, so the report does not depend on when the test runs. */
const EPOCH = '1767225600';

function report(args: string[], cwd = FIXTURES) {
  const result = spawnSync(process.execPath, [CLI, 'report', ...args], { cwd, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('diplobrief report (built bundle)', () => {
  it('--format json on the fixture briefs is exactly report.expected.json', () => {
    const { code, stdout, stderr } = report(['.', '--format', 'json']);
    assert.equal(code, 0, stderr);
    // A new rule may change the briefs' lint counts; then check the difference and regenerate.
    if (process.env.UPDATE_EXPECTED) writeFileSync(EXPECTED, stdout);
    assert.equal(stdout, readFileSync(EXPECTED, 'utf8'), 'the report changed: if that is intended, run UPDATE_EXPECTED=1 npm test and review the diff of report.expected.json');
  });

  it('with no paths, reports the configured files, leaving other Markdown alone', () => {
    const { stdout } = report(['--format', 'json']);
    const paths = (JSON.parse(stdout) as { briefs: { path: string }[] }).briefs.map((brief) => brief.path);
    assert.deepEqual(paths, JSON.parse(readFileSync(EXPECTED, 'utf8')).briefs.map((brief: { path: string }) => brief.path));
    assert.ok(!paths.includes('notes.md'));
  });

  it('--format md draws the matrix with a mark in each goal a brief serves', () => {
    const { code, stdout } = report(['briefs', '--format', 'md']);
    assert.equal(code, 0);
    const row = stdout.split('\n').find((line) => line.startsWith('| Cooling Barcelona'))!;
    const cells = row.split(' | ').slice(1, 18);
    assert.deepEqual(
      cells.flatMap((cell, index) => (cell.includes('●') ? [index + 1] : [])),
      [11, 13],
    );
    assert.match(stdout, /\*\*Goals with no brief \(⚠\):\*\* 1 No poverty · 2 Zero hunger/);
    assert.match(stdout, /\| `@smart-kigali-pilot` \| Not in the catalogue \| 1 \|/);
  });

  it('--out picks the format from the extension and links briefs from where the page is saved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-report-'));
    mkdirSync(join(dir, 'site'));
    const { code } = report(['.', '--out', join(dir, 'site', 'portfolio.html')]);
    assert.equal(code, 0);
    const html = readFileSync(join(dir, 'site', 'portfolio.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'"/, 'the page may load nothing from the network');
    assert.doesNotMatch(html, /<script|<link|src=/);
    const expectedHref = join(FIXTURES, 'briefs', 'barcelona-heat.brief.md');
    const href = /<a class="title" href="([^"]+)">Cooling Barcelona/.exec(html)![1];
    assert.equal(join(dir, 'site', href), expectedHref);
  });

  it('groups by ISO dates only, shows another form as written and marked, and counts the networks a brief names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-report-'));
    cpSync(FIXTURES, dir, { recursive: true });
    const brief = '---\ntitle: Rotterdam water squares\ntype: policy-brief\nauthors: [Sem de Vries]\ndate: 11-01-2021\nstatus: draft\nsdgs: [11]\n---\n\n# Rotterdam water squares\n\nRotterdam shares its water squares with C40 and works with 100 Resilient Cities.\n';
    writeFileSync(join(dir, 'briefs', 'rotterdam.brief.md'), brief);

    const portfolio = JSON.parse(report(['.', '--format', 'json'], dir).stdout) as {
      briefs: { path: string; date: string | null; isoDate: string | null; initiatives: string[] }[];
      years: { year: string | null; briefs: number }[];
      initiatives: { id: string; kind: string; city: string | null }[];
    };
    const rotterdam = portfolio.briefs.find((entry) => entry.path === 'briefs/rotterdam.brief.md')!;
    assert.deepEqual([rotterdam.date, rotterdam.isoDate, rotterdam.initiatives], ['11-01-2021', null, ['c40', '100-resilient-cities']]);
    assert.deepEqual(portfolio.years, [{ year: '2025', briefs: 4 }, { year: null, briefs: 2 }]);
    assert.deepEqual(
      portfolio.initiatives.filter((entry) => entry.kind === 'network').map(({ id, city }) => [id, city]),
      [['100-resilient-cities', 'New York'], ['c40', null]],
    );

    const markdown = report(['.', '--format', 'md'], dir).stdout;
    assert.match(markdown, /\| Rotterdam water squares \| `briefs\/rotterdam\.brief\.md` \|  \| draft \| 11-01-2021 \(not YYYY-MM-DD\) \|/);
    assert.match(markdown, /\| 100 Resilient Cities \(`@100-resilient-cities`\) \| Network, seat in New York, United States \| 1 \|/);
    assert.match(markdown, /## Briefs by year\n\n\| Year \| Briefs \|\n\| --- \| --- \|\n\| 2025 \| 4 \|\n\| No date as YYYY-MM-DD \| 2 \|/);
  });

  it('lists briefs with template text or personal data as not ready to publish in every format, never printing the contact details', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-report-'));
    cpSync(FIXTURES, dir, { recursive: true });
    const brief = '---\ntitle: Lagos flood maps\ntype: policy-brief\nauthors: [Ada Obi]\ndate: 2025-02-10\nstatus: draft\nsdgs: [11]\n---\n\n# Lagos flood maps\n\n## Executive summary\n\n[CITY NAME] maps its floods with residents. Ask Ada Obi, +234 803 555 0142, or ada.obi@floodmaps.example.\n';
    writeFileSync(join(dir, 'briefs', 'lagos.brief.md'), brief);
    const outputs = ['json', 'md', 'html'].map((format) => report(['.', '--format', format], dir).stdout);
    for (const output of outputs) {
      assert.doesNotMatch(output, /555 0142|ada\.obi@/, 'the report never shows the contact details');
    }
    const portfolio = JSON.parse(outputs[0]) as { totals: { notReadyToPublish: number }; briefs: { path: string; notReady: string[] }[] };
    assert.equal(portfolio.totals.notReadyToPublish, 1);
    assert.deepEqual(portfolio.briefs.filter((entry) => entry.notReady.length > 0).map((entry) => [entry.path, entry.notReady]), [['briefs/lagos.brief.md', ['template text', 'personal data']]]);
    assert.match(outputs[1], /## 1 brief not ready to publish\n\n.*\n\n- Lagos flood maps \(`briefs\/lagos\.brief\.md`\): template text and personal data\n/);
    assert.match(outputs[2], /<section class="not-ready"[^>]*>\n<h2 id="not-ready-title">1 brief not ready to publish<\/h2>[\s\S]*Lagos flood maps[\s\S]*<span class="reason">template text and personal data<\/span>/);
    const lint = spawnSync(process.execPath, [CLI, 'lint', 'briefs/lagos.brief.md'], { cwd: dir, encoding: 'utf8' });
    assert.doesNotMatch(lint.stdout, /555 0142|ada\.obi@/, 'nor does the lint summary');
    assert.match(lint.stdout, /personal-data/);
  });

  it('lists briefs it cannot read (binary, too large, nested too deep) by name and why, outside every count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-report-'));
    cpSync(FIXTURES, dir, { recursive: true });
    const geneva = readFileSync(join(dir, 'briefs', 'geneva-water.brief.md'), 'utf8');
    writeFileSync(join(dir, 'briefs', 'scan.brief.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff, 0xfe, 0]));
    writeFileSync(join(dir, 'briefs', 'huge.brief.md'), geneva + 'The city should fund the hub. '.repeat(40_000));
    writeFileSync(join(dir, 'briefs', 'deep.brief.md'), geneva + '> '.repeat(20_000) + 'x\n');
    writeFileSync(join(dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0])); // binary, but no brief

    const json = report(['.', '--format', 'json'], dir);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(json.stderr, '');
    const portfolio = JSON.parse(json.stdout) as { totals: unknown; briefs: { path: string }[]; notRead: { path: string; rule: string; reason: string }[] };
    const expected = JSON.parse(readFileSync(EXPECTED, 'utf8'));
    assert.deepEqual(portfolio.notRead.map((file) => [file.path, file.rule]), [
      ['briefs/deep.brief.md', 'file-unparsable'],
      ['briefs/huge.brief.md', 'file-too-large'],
      ['briefs/scan.brief.md', 'file-binary'],
    ]);
    assert.match(portfolio.notRead[2].reason, /^This file is binary \(it contains NUL bytes\), so it was not linted\. Save the brief as UTF-8 text\.$/);
    assert.deepEqual(portfolio.briefs, expected.briefs, 'the briefs that were read are reported as before');
    assert.deepEqual(portfolio.totals, expected.totals, 'files not read count nowhere');

    const md = report(['.', '--format', 'md'], dir).stdout;
    assert.match(md, /^## 3 briefs not read\n\nThese files are left out of every count in this report until they can be read\.\n\n- `briefs\/deep\.brief\.md`: This brief is nested too deeply/m);
    assert.match(md, /^- `briefs\/huge\.brief\.md`: This brief is 1\.1 MB, over the 1\.0 MB limit/m);

    report(['.', '--out', join(dir, 'portfolio.html')], dir);
    const html = readFileSync(join(dir, 'portfolio.html'), 'utf8');
    assert.match(html, /<li data-open="briefs\/scan\.brief\.md"><a class="title" href="briefs\/scan\.brief\.md">scan\.brief\.md<\/a><span class="path">briefs\/scan\.brief\.md<\/span><span class="reason">This file is binary/);
  });

  it('rejects an unknown format with exit code 2', () => {
    const { code, stderr } = report(['.', '--format', 'pdf']);
    assert.equal(code, 2);
    assert.match(stderr, /Unknown report format 'pdf'. Use one of: html, md, json./);
  });
});
