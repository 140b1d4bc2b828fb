import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeIfUnchanged } from '../../server/src/cli/writeFix';

const CLI = join(__dirname, '..', '..', 'bin', 'diplobrief.js');
const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-faults-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NO_STACK = /^\s+at /m;

describe('CLI faults', () => {
  it('an unreadable file found in a folder: exit 2, its path on stderr, no stack trace, the others still linted', () => {
    const dir = workspace();
    // Tests run as root, whom file modes do not stop; this file refuses even root (EIO).
    symlinkSync('/proc/self/mem', join(dir, 'briefs', 'unreadable.brief.md'));
    const { code, stdout, stderr } = run(['lint', 'briefs', '--format', 'json'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /^diplobrief: cannot read .*briefs\/unreadable\.brief\.md: EIO$/m);
    assert.doesNotMatch(stderr, NO_STACK);
    assert.ok((JSON.parse(stdout) as { file: string }[]).some((r) => r.file === 'briefs/broken.brief.md'));
  });

  it('a named file that cannot be opened, and bad globs: exit 2 with the path, no stack trace', () => {
    const dir = workspace();
    symlinkSync('loop.md', join(dir, 'loop.md'));
    for (const [pattern, reason] of [
      ['loop.md', /loop\.md: cannot be read \(ELOOP\)/],
      ['briefs/[unclosed', /briefs\/\[unclosed/],
      ['briefs/{a,', /No files match 'briefs\/\{a,'/],
      ['**/*.nothing', /No files match '\*\*\/\*\.nothing'/],
    ] as const) {
      const { code, stderr } = run(['lint', pattern], dir);
      assert.equal(code, 2, pattern);
      assert.match(stderr, reason);
      assert.doesNotMatch(stderr, NO_STACK);
    }
  });

  it('a binary file: skipped without a word when found in a folder or by a glob, reported when named', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'briefs', 'scan.brief.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff, 0xfe, 0]));
    for (const found of [['briefs/clean.brief.md', 'briefs'], ['briefs/*.md']]) {
      const { stdout, stderr } = run(['lint', ...found, '--format', 'json'], dir);
      const files = (JSON.parse(stdout) as { file: string }[]).map((r) => r.file);
      assert.ok(files.includes('briefs/clean.brief.md') && !files.some((file) => file.includes('scan')), `${found.join(' ')}: ${files.join(', ')}`);
      assert.equal(stderr, '');
    }
    const named = run(['lint', 'briefs/scan.brief.md', '--format', 'json'], dir);
    assert.equal(named.code, 1);
    assert.deepEqual((JSON.parse(named.stdout) as { diagnostics: { rule: string }[] }[])[0].diagnostics.map((d) => d.rule), ['file-binary']);
  });

  it('a 20 MB brief: one "too large" finding, and --fix leaves it alone', () => {
    const dir = workspace();
    const file = join(dir, 'briefs', 'huge.brief.md');
    const text = readFileSync(join(dir, 'briefs', 'warnings.brief.md'), 'utf8') + 'The city should fund the hub. '.repeat(700_000);
    writeFileSync(file, text);
    const { code, stdout } = run(['lint', 'briefs/huge.brief.md', '--fix', '--format', 'json'], dir);
    assert.equal(code, 1);
    assert.deepEqual((JSON.parse(stdout) as { diagnostics: { rule: string }[] }[])[0].diagnostics.map((d) => d.rule), ['file-too-large']);
    assert.equal(readFileSync(file, 'utf8'), text);
  });
});

describe('--fix writes', () => {
  const original = 'old text\n';
  const fixed = 'new text\n';
  const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

  it('through a temporary file and a rename, keeping the file mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-write-'));
    const file = join(dir, 'a.brief.md');
    writeFileSync(file, original);
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    assert.equal(writeIfUnchanged(file, original, fixed), undefined);
    assert.equal(readFileSync(file, 'utf8'), fixed);
    assert.notEqual(statSync(file).ino, inode, 'a new file was renamed into place, not the old one rewritten');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(leftovers(dir), []);
  });

  it('never over a file that changed since it was read: the newer edit wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-write-'));
    const file = join(dir, 'a.brief.md');
    writeFileSync(file, 'edited in the editor meanwhile\n'); // saved after the linter read `original`
    assert.match(writeIfUnchanged(file, original, fixed)!, /a\.brief\.md changed while it was being fixed; it was left as it is\./);
    assert.equal(readFileSync(file, 'utf8'), 'edited in the editor meanwhile\n');
    assert.deepEqual(leftovers(dir), []);
  });

  it('nor over a file deleted since it was read, and through a symlink to its target', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-write-'));
    assert.match(writeIfUnchanged(join(dir, 'deleted.md'), original, fixed)!, /cannot write .*deleted\.md: ENOENT/);
    assert.deepEqual(readdirSync(dir), []);

    writeFileSync(join(dir, 'target.md'), original);
    symlinkSync('target.md', join(dir, 'link.md'));
    assert.equal(writeIfUnchanged(join(dir, 'link.md'), original, fixed), undefined);
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readlinkSync(join(dir, 'link.md')), 'target.md');
    assert.equal(readFileSync(join(dir, 'target.md'), 'utf8'), fixed);
  });
});

// Editors leave a file's byte order mark out of the text they show and count positions in.
describe('a brief saved with a byte order mark', () => {
  const BOM = '\uFEFF';

  it('is reported at the positions an editor shows, as if it had no mark', () => {
    const dir = workspace();
    const findings = (file: string) => (JSON.parse(run(['lint', file, '--format', 'json'], dir).stdout) as { diagnostics: { message: string; range: unknown }[] }[])[0].diagnostics;
    const texts = {
      'no-authors': readFileSync(join(dir, 'briefs', 'warnings.brief.md'), 'utf8').replace(/^authors:.*\n/m, ''),
      'no-front-matter': '# Miami and the sea\n\nThe city centre can act.\n',
    };
    const marked: Record<string, { message: string; range: unknown }[]> = {};
    for (const [name, text] of Object.entries(texts)) {
      writeFileSync(join(dir, 'briefs', `${name}.brief.md`), text);
      writeFileSync(join(dir, 'briefs', `${name}.marked.brief.md`), BOM + text);
      marked[name] = findings(`briefs/${name}.marked.brief.md`);
      assert.deepEqual(marked[name], findings(`briefs/${name}.brief.md`), name);
    }
    const atStart = (findings: { message: string; range: unknown }[], message: RegExp) => findings.find((d) => message.test(d.message))!.range;
    assert.deepEqual(atStart(marked['no-authors'], /no 'authors' field/), { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, 'on the opening ---');
    assert.deepEqual(atStart(marked['no-front-matter'], /no front matter/), { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } }, 'on the first line');
    assert.match(run(['lint', 'briefs/no-authors.marked.brief.md'], dir).stdout, /^\s+1:1\s+error\s+The front matter has no 'authors' field/m);
  });

  it('--fix keeps the mark at the start, before the front matter it fixes', () => {
    const dir = workspace();
    const text = '---\ntitle: Miami and the sea\nsdgs: [SDG 13]\n---\n# Miami and the sea\n\nThe city can act.\n';
    writeFileSync(join(dir, 'briefs', 'plain.brief.md'), text);
    writeFileSync(join(dir, 'briefs', 'marked.brief.md'), BOM + text);
    run(['lint', 'briefs/plain.brief.md', 'briefs/marked.brief.md', '--fix'], dir);
    const fixed = readFileSync(join(dir, 'briefs', 'plain.brief.md'), 'utf8');
    assert.match(fixed, /^---\ntitle: Miami and the sea\nsdgs: \[13\]\n/);
    assert.equal(readFileSync(join(dir, 'briefs', 'marked.brief.md'), 'utf8'), BOM + fixed);
  });
});
