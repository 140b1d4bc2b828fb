import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../server/src/engine/types';
import { stylishBlock, type StylishBlock } from '../server/src/cli/formatters/stylishBlock';
import { asciiJson, entryLine, readEntryLines, readHeader, writeCacheFile } from '../server/src/cli/cacheFile';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'diplobrief.js');
const FIXTURES = join(__dirname, 'fixtures', 'cli');
const CACHE = '.diplobrief-cache';
const TAMPERED = 'Served from the cache.';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, cli = CLI): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-cache-'));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, '.diplobrief.yaml'), 'root: true\nvocabulary: team/vocabulary.yaml\n');
  mkdirSync(join(dir, 'team'));
  cpSync(join(__dirname, 'fixtures', 'rules', 'vocabulary-preferred-term', 'team-vocabulary.yaml'), join(dir, 'team', 'vocabulary.yaml'));
  writeFileSync(join(dir, 'briefs', 'cited.brief.md'), readFileSync(join(dir, 'briefs', 'warnings.brief.md'), 'utf8').replace('status: final\n', 'status: final\nbibliography: refs.bib\n').replace('abroad.', 'abroad [@smith2020].'));
  writeFileSync(join(dir, 'briefs', 'refs.bib'), '@article{smith2020, title={Science diplomacy}}\n');
  return dir;
}

interface CacheFile {
  header: { format: string; engine: string };
  entries: [path: string, entry: { stat?: { size: number; mtimeMs: number; ctimeMs: number; ino: number }; diagnostics: Diagnostic[]; report?: { facts: { title: string } } }][];
}

/** An entry's line as the tests read and change it: its key and results as text. */
interface CacheLine {
  path: string;
  /** The whole line, in Latin-1. */
  line: string;
  key: string;
  counts: object;
  block: Buffer;
  results: string;
}

/** A cache file's header and lines, read by DiploBrief's own reader of the format. */
function linesOf(cacheFile: string): { header: string; lines: CacheLine[] } {
  const bytes = readFileSync(cacheFile);
  const { linesStart } = readHeader(bytes);
  const lines = (readEntryLines(bytes, linesStart) ?? []).map(({ line, key, block, results }) => ({
    path: (key as [string])[0],
    line: line.toString('latin1'),
    key: line.toString('latin1', 0, line.indexOf('\t')),
    counts: block.counts,
    block: Buffer.from(block.text),
    results: results.toString('latin1'),
  }));
  return { header: bytes.toString('latin1', 0, Math.max(0, linesStart - 1)), lines };
}

/** Writes the lines as DiploBrief does, each head made anew from its parts. */
function writeLines(cacheFile: string, header: string, lines: CacheLine[]): void {
  const entries = lines.map(({ key, counts, block, results }) => entryLine(key, { counts: counts as StylishBlock['counts'], text: block }, Buffer.from(results, 'latin1')));
  writeCacheFile(cacheFile, [[Buffer.from(header)], ...entries]);
}

/** A cache file, each line read as `[path, entry]`. */
function readCache(cacheFile: string): CacheFile {
  const { header, lines } = linesOf(cacheFile);
  return { header: JSON.parse(header), entries: lines.map(({ key, results }) => [JSON.parse(key)[0], { ...JSON.parse(key)[1], ...JSON.parse(results) }]) };
}

/** Each entry written as DiploBrief writes it, its block made from its findings (an empty block for findings that are no list). */
function writeCache(cacheFile: string, cache: CacheFile): void {
  const lines = cache.entries.map(([path, { diagnostics, report, ...key }]): CacheLine => {
    const { counts, text } = stylishBlock(Array.isArray(diagnostics) ? diagnostics : [], false);
    const results = asciiJson({ diagnostics, ...(report && { report }) });
    return { path, line: '', key: JSON.stringify([path, key]), counts, block: Buffer.from(text), results };
  });
  writeLines(cacheFile, JSON.stringify(cache.header), lines);
}

/**
 * Rewrites every cached finding's message, so the next run shows which files it took from the
 * cache (the rewritten message) and which it linted again (the real one).
 */
function tamper(dir: string, cacheFile = join(dir, CACHE)): void {
  const cache = readCache(cacheFile);
  for (const [, entry] of cache.entries) {
    for (const diagnostic of entry.diagnostics) diagnostic.message = TAMPERED;
  }
  writeCache(cacheFile, cache);
}

type Findings = Record<string, string[]>;

/** Each brief's findings as `rule: message`, from `--format json`. */
function findings(result: Run): Findings {
  const files = JSON.parse(result.stdout) as { file: string; diagnostics: { rule: string; message: string }[] }[];
  return Object.fromEntries(files.map((file) => [file.file, file.diagnostics.map((d) => `${d.rule}: ${d.message}`)]));
}

/** The files whose findings came from the cache in a run after `tamper`. */
function servedFromCache(result: Run): string[] {
  return Object.entries(findings(result))
    .filter(([, messages]) => messages.some((message) => message.endsWith(TAMPERED)))
    .map(([file]) => file)
    .sort();
}

const BRIEFS_WITH_FINDINGS = ['briefs/broken.brief.md', 'briefs/cited.brief.md', 'briefs/clean.brief.md', 'briefs/warnings.brief.md'];

describe('diplobrief lint --cache', () => {
  it('a re-run takes every unchanged file from the cache and reports the same as a run without it', () => {
    const dir = workspace();
    const uncached = run(['lint', '.', '--format', 'json'], dir);
    const first = run(['lint', '.', '--format', 'json', '--cache'], dir);
    assert.match(first.stderr, /^diplobrief: no cache at \.diplobrief-cache yet; every file is linted and the cache written\.$/m);
    assert.equal(first.code, uncached.code);
    assert.deepEqual(findings(first), findings(uncached));
    const second = run(['lint', '.', '--format', 'json', '--cache'], dir);
    assert.equal(second.stderr, '', 'a good cache is used without a word');
    assert.deepEqual(findings(second), findings(uncached));
    assert.equal(second.code, uncached.code);

    tamper(dir);
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir)), BRIEFS_WITH_FINDINGS);
  });

  it('trusts a file whose size, times and inode are as recorded without reading it, and reads one whose stat changed', () => {
    const dir = workspace();
    const anHourAgo = new Date(Date.now() - 3_600_000);
    const briefs = readdirSync(join(dir, 'briefs')).map((name) => join(dir, 'briefs', name));
    for (const brief of briefs) utimesSync(brief, anHourAgo, anHourAgo);
    run(['lint', '.', '--cache'], dir);
    const warnings = join(dir, 'briefs', 'warnings.brief.md');
    const { size, mtimeMs, ctimeMs, ino } = statSync(warnings);
    assert.deepEqual(new Map(readCache(join(dir, CACHE)).entries).get('briefs/warnings.brief.md')?.stat, { size, mtimeMs, ctimeMs, ino });

    // The same stat: the cache is believed without reading the file, as ESLint's default strategy
    // and git's index do. Shown by an entry whose text hash no longer matches anything.
    tamper(dir);
    const cache = readCache(join(dir, CACHE));
    for (const [path, entry] of cache.entries) if (path === 'briefs/warnings.brief.md') Object.assign(entry, { content: 'not the hash of any text' });
    writeCache(join(dir, CACHE), cache);
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir)), BRIEFS_WITH_FINDINGS);

    // Another text of the same size written back with the old modification time (cp -p, rsync -a):
    // its change time tells, and it is read, found changed and linted again.
    writeFileSync(warnings, readFileSync(warnings, 'utf8').replace('abroad.', 'afield.'));
    utimesSync(warnings, anHourAgo, anHourAgo);
    assert.equal(statSync(warnings).size, size);
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir)), BRIEFS_WITH_FINDINGS.filter((file) => file !== 'briefs/warnings.brief.md'));
    assert.equal(new Map(readCache(join(dir, CACHE)).entries).get('briefs/warnings.brief.md')?.stat?.ctimeMs, statSync(warnings).ctimeMs);
  });

  it('records no stat for a file modified just before the run; new times of unchanged texts are kept only when the cache is written anyway', () => {
    const dir = workspace();
    // Modified as the run begins (a time a little ahead, so that a slow start cannot leave it two seconds behind):
    // a coarse file-system clock could give the file's next change the same time.
    const now = new Date(Date.now() + 60_000);
    for (const name of readdirSync(join(dir, 'briefs'))) utimesSync(join(dir, 'briefs', name), now, now);
    run(['lint', '.', '--cache'], dir);
    assert.ok(readCache(join(dir, CACHE)).entries.filter(([path]) => path.startsWith('briefs/')).every(([, entry]) => entry.stat === undefined));

    // A fresh checkout, say: new times, the same texts. Taken from the cache by their text, and the cache not written for new times alone.
    tamper(dir);
    const written = readFileSync(join(dir, CACHE));
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(join(dir, 'briefs'))) utimesSync(join(dir, 'briefs', name), anHourAgo, anHourAgo);
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir)), BRIEFS_WITH_FINDINGS);
    assert.deepEqual(readFileSync(join(dir, CACHE)), written);

    // Written for another reason (a brief changed): the new times go with it.
    appendFileSync(join(dir, 'briefs', 'clean.brief.md'), '\nThe city reviewed this brief.\n');
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir)), BRIEFS_WITH_FINDINGS.filter((file) => file !== 'briefs/clean.brief.md'));
    const recorded = readCache(join(dir, CACHE)).entries.filter(([path]) => path.startsWith('briefs/') && path.endsWith('.md') && path !== 'briefs/clean.brief.md');
    assert.ok(recorded.length >= BRIEFS_WITH_FINDINGS.length - 1 && recorded.every(([path, entry]) => entry.stat?.mtimeMs === statSync(join(dir, path)).mtimeMs), JSON.stringify(recorded.map(([path, entry]) => [path, entry.stat])));
    // Under their new stats, their blocks and findings are written back as they were read.
    writeFileSync(join(dir, 'before'), written);
    const resultsByPath = (cacheFile: string) => new Map(linesOf(cacheFile).lines.map(({ path, counts, block, results }) => [path, `${JSON.stringify(counts)}\t${block.toString('latin1')}\t${results}`]));
    const before = resultsByPath(join(dir, 'before'));
    const after = resultsByPath(join(dir, CACHE));
    for (const [path] of recorded) assert.equal(after.get(path), before.get(path), path);
  });

  it('lints again a file whose text changed, and only that one', () => {
    const dir = workspace();
    run(['lint', '.', '--cache'], dir);
    tamper(dir);
    appendFileSync(join(dir, 'briefs', 'warnings.brief.md'), '\nOne more line.\n');
    const served = servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir));
    assert.deepEqual(served, BRIEFS_WITH_FINDINGS.filter((file) => file !== 'briefs/warnings.brief.md'));
  });

  it('lints every brief again when the config, a config it extends or a team data file changes', () => {
    const edits: Record<string, (dir: string) => void> = {
      'the config': (dir) => appendFileSync(join(dir, '.diplobrief.yaml'), 'rules:\n  structure-length: [warning, { maxWords: 5000 }]\n'),
      'a config it extends': (dir) => {
        writeFileSync(join(dir, 'base.yaml'), 'rules:\n  readability-score: off\n');
        appendFileSync(join(dir, '.diplobrief.yaml'), 'extends: base.yaml\n');
        run(['lint', '.', '--cache'], dir);
        tamper(dir);
        writeFileSync(join(dir, 'base.yaml'), 'rules:\n  readability-score: warning\n');
      },
      'a team data file': (dir) => appendFileSync(join(dir, 'team', 'vocabulary.yaml'), '  - term: city diplomacy\n    definition: The work of a city with other cities and countries.\n    avoid: [urban diplomacy]\n'),
    };
    for (const [what, edit] of Object.entries(edits)) {
      const dir = workspace();
      run(['lint', '.', '--cache'], dir);
      tamper(dir);
      edit(dir);
      const result = run(['lint', '.', '--format', 'json', '--cache'], dir);
      assert.equal(result.stderr, '', what);
      assert.deepEqual(servedFromCache(result), [], `${what} changed: nothing may come from the cache`);
    }
  });

  it('lints a brief again when the bibliography it cites changes', () => {
    const dir = workspace();
    const first = findings(run(['lint', '.', '--format', 'json', '--cache'], dir));
    assert.ok(!first['briefs/cited.brief.md'].some((finding) => finding.includes('smith2020')), 'the key is in the bibliography');
    writeFileSync(join(dir, 'briefs', 'refs.bib'), '@article{jones2021, title={Other}}\n');
    const after = findings(run(['lint', '.', '--format', 'json', '--cache'], dir));
    assert.ok(after['briefs/cited.brief.md'].some((finding) => finding.startsWith('initiative-unknown') && finding.includes('smith2020')), after['briefs/cited.brief.md'].join('\n'));
    assert.deepEqual(after['briefs/warnings.brief.md'], first['briefs/warnings.brief.md']);
  });

  it('does not trust a cache written by another version or another build of DiploBrief', () => {
    const dir = workspace();
    run(['lint', '.', '--cache'], dir);
    tamper(dir);
    const cache = readCache(join(dir, CACHE));
    writeCache(join(dir, CACHE), { ...cache, header: { ...cache.header, engine: '0.0.1+old' } });
    const older = run(['lint', '.', '--format', 'json', '--cache'], dir);
    assert.match(older.stderr, /^diplobrief: the cache \.diplobrief-cache was written by DiploBrief 0\.0\.1; it was ignored, every file is linted and the cache rewritten\.$/m);
    assert.deepEqual(servedFromCache(older), []);

    // The same version rebuilt (a rule changed in a development copy): the bundle with the stamp of another build.
    const stamp = String(cache.header.engine).split('+')[1];
    assert.match(stamp, /^[\w-]{16}$/, 'the build stamps its bundle with a hash of its code');
    const copy = mkdtempSync(join(tmpdir(), 'diplobrief-build-'));
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    mkdirSync(join(copy, 'dist'));
    for (const bundle of ['cli.js', 'lintWorker.js']) cpSync(join(ROOT, 'dist', bundle), join(copy, 'dist', bundle));
    const bundle = readFileSync(join(copy, 'dist', 'cli.js'), 'utf8');
    assert.ok(bundle.includes(stamp));
    writeFileSync(join(copy, 'dist', 'cli.js'), bundle.replaceAll(stamp, 'another-build-00'));
    tamper(dir);
    const rebuilt = run(['lint', '.', '--format', 'json', '--cache'], dir, join(copy, 'bin', 'diplobrief.js'));
    assert.match(rebuilt.stderr, /was written by DiploBrief [\d.]+ \(another build\); it was ignored/);
    assert.deepEqual(servedFromCache(rebuilt), []);
  });

  /** Writes `content` as the cache, then checks that a run says `notice` once, lints everything, and rewrites a cache the next run trusts. */
  const ignoredWithOneNotice = (cases: [content: string, notice: RegExp][]) => {
    const dir = workspace();
    const uncached = findings(run(['lint', '.', '--format', 'json'], dir));
    for (const [content, notice] of cases) {
      writeFileSync(join(dir, CACHE), content);
      const result = run(['lint', '.', '--format', 'json', '--cache'], dir);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, notice);
      assert.deepEqual(findings(result), uncached);
      assert.equal(readCache(join(dir, CACHE)).header.format, 'diplobrief-cache/3', 'rewritten as a cache');
      assert.equal(run(['lint', '.', '--cache'], dir).stderr, '', 'and trusted on the next run');
    }
  };

  it('ignores a damaged cache with one notice, lints everything and rewrites it', () => {
    ignoredWithOneNotice([
      ['{"format":"diplobrief-cache/3","engine":', /the cache \.diplobrief-cache is damaged \(not JSON lines\); it was ignored/],
      ['', /the cache \.diplobrief-cache is damaged \(not JSON lines\)/],
      ['{"format":"diplobrief-cache/3","engine":"0.1.0+x"}\n["briefs/clean.brief.md",{"content":', /the cache \.diplobrief-cache is damaged \(not JSON lines\)/],
      // DiploBrief writes its cache in ASCII: any other byte is damage, even in lines that parse.
      ['{"format":"diplobrief-cache/3","engine":"0.1.0+x"}\n["briefs/café.brief.md",{}]', /the cache \.diplobrief-cache is damaged \(not JSON lines\)/],
    ]);
  });

  it('ignores a foreign cache, or one of an earlier format, with one notice, lints everything and rewrites it', () => {
    ignoredWithOneNotice([
      ['{"format":"diplobrief-cache/1","engine":"0.1.0+x","entries":{}}', /\.diplobrief-cache is not a DiploBrief cache; it was ignored/],
      ['{"format":"diplobrief-cache/2","engine":"0.1.0+x"}\n["briefs/clean.brief.md",{"content":"x","inputs":"y","linked":{},"diagnostics":[]}]', /\.diplobrief-cache is not a DiploBrief cache; it was ignored/],
      ['{"name":"a package.json, say","version":"1.0.0"}', /\.diplobrief-cache is not a DiploBrief cache; it was ignored/],
    ]);
  });

  it('an entry that does not hold what it should is not trusted either', () => {
    const dir = workspace();
    run(['lint', '.', '--cache'], dir);
    const cache = readCache(join(dir, CACHE));
    const warnings = cache.entries.find(([path]) => path === 'briefs/warnings.brief.md')!;
    (warnings[1] as { diagnostics: unknown }).diagnostics = 'not a list';
    writeCache(join(dir, CACHE), cache);
    assert.deepEqual(findings(run(['lint', '.', '--format', 'json', '--cache'], dir)), findings(run(['lint', '.', '--format', 'json'], dir)));
  });

  it('lints again, as its findings are reached, a file whose findings are damaged in the cache, and caches them anew', () => {
    const dir = workspace();
    run(['lint', '.', '--cache'], dir);
    tamper(dir);
    // Findings are parsed only when reported: the line's key still holds, its findings do not parse.
    const { header, lines } = linesOf(join(dir, CACHE));
    const damaged = lines.find((line) => line.path === 'briefs/warnings.brief.md')!;
    damaged.results = damaged.results.slice(0, -20);
    writeLines(join(dir, CACHE), header, lines);
    const uncached = findings(run(['lint', '.', '--format', 'json'], dir));
    const result = run(['lint', '.', '--format', 'json', '--cache'], dir);
    assert.equal(result.stderr, '');
    assert.deepEqual(findings(result)['briefs/warnings.brief.md'], uncached['briefs/warnings.brief.md']);
    assert.deepEqual(servedFromCache(result), BRIEFS_WITH_FINDINGS.filter((file) => file !== 'briefs/warnings.brief.md'));
    tamper(dir);
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir)), BRIEFS_WITH_FINDINGS, 'linted again and cached');
  });

  it('plain stylish output writes each cached file from the block it keeps; other outputs read its findings; each as a run without the cache', () => {
    const dir = workspace();
    // A finding whose message is not ASCII: a block is written as the bytes of its text.
    appendFileSync(join(dir, 'team', 'vocabulary.yaml'), '  - term: city hall\n    definition: The seat of the city’s government.\n    avoid: [hôtel de ville]\n');
    appendFileSync(join(dir, 'briefs', 'warnings.brief.md'), '\nThe mayor met partners at the hôtel de ville.\n');
    const uncached = (args: string[]) => run(['lint', '.', ...args], dir);
    assert.match(uncached([]).stdout, /'hôtel de ville'\. 'city hall': The seat of the city’s government\./);
    run(['lint', '.', '--cache'], dir);
    for (const args of [[], ['--quiet'], ['--format', 'json'], ['--format', 'github']]) {
      const cached = run(['lint', '.', '--cache', ...args], dir);
      assert.equal(cached.stdout, uncached(args).stdout, args.join(' '));
      assert.equal(cached.code, uncached(args).code, args.join(' '));
    }

    // Findings tampered with, blocks not: only the outputs that read the findings show it.
    const { header, lines } = linesOf(join(dir, CACHE));
    for (const line of lines) line.results = line.results.replace(/"message":"[^"]*"/g, `"message":"${TAMPERED}"`);
    writeLines(join(dir, CACHE), header, lines);
    assert.equal(run(['lint', '.', '--cache'], dir).stdout, uncached([]).stdout);
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache'], dir)), BRIEFS_WITH_FINDINGS);
    assert.ok(run(['lint', '.', '--cache', '--quiet'], dir).stdout.includes(TAMPERED));
  });

  it('--cache-location: a file, or a folder (a trailing slash creates it); written atomically, nothing left beside it', () => {
    const dir = workspace();
    run(['lint', '.', '--cache', '--cache-location', 'ci/lint-cache.json'], dir);
    assert.ok(existsSync(join(dir, 'ci', 'lint-cache.json')));
    run(['lint', '.', '--cache', '--cache-location', 'caches/'], dir);
    assert.deepEqual(readdirSync(join(dir, 'caches')), [CACHE]);
    tamper(dir, join(dir, 'caches', CACHE));
    assert.deepEqual(servedFromCache(run(['lint', '.', '--format', 'json', '--cache', '--cache-location', 'caches'], dir)), BRIEFS_WITH_FINDINGS);
    assert.deepEqual(readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
    assert.equal(existsSync(join(dir, CACHE)), false, 'no cache at the default place');
    const without = run(['lint', '.', '--cache-location', 'x'], dir);
    assert.equal(without.code, 2);
    assert.match(without.stderr, /^diplobrief: --cache-location works with --cache; add --cache\.\n$/);
  });

  it('writes back the lines of unchanged files byte for byte, all but the blocks in ASCII, and nothing at all when nothing changed', () => {
    const dir = workspace();
    // A name beyond ASCII: written escaped, so that all but the blocks' text is ASCII.
    cpSync(join(dir, 'briefs', 'warnings.brief.md'), join(dir, 'briefs', 'coopération.brief.md'));
    run(['lint', '.', '--cache'], dir);
    const { header, lines: firstLines } = linesOf(join(dir, CACHE));
    assert.ok(firstLines.some((line) => line.key.startsWith('["briefs/coop\\u00e9ration.brief.md",')));
    for (const { key, counts, results } of firstLines) assert.doesNotMatch(header + key + JSON.stringify(counts) + results, /[^\x00-\x7f]/);
    const written = statSync(join(dir, CACHE)).mtimeMs;
    run(['lint', '.', '--cache'], dir);
    assert.equal(statSync(join(dir, CACHE)).mtimeMs, written, 'a fully cached run does not write the cache');

    appendFileSync(join(dir, 'briefs', 'clean.brief.md'), '\nThe city reviewed this brief.\n');
    run(['lint', '.', '--cache'], dir);
    // Each line's parts, by path.
    const byPath = (lines: CacheLine[]) => new Map(lines.map(({ path, line }) => [path, line]));
    const [before, after] = [byPath(firstLines), byPath(linesOf(join(dir, CACHE)).lines)];
    assert.notEqual(after.get('briefs/clean.brief.md'), before.get('briefs/clean.brief.md'), 'the changed file linted again');
    before.delete('briefs/clean.brief.md');
    after.delete('briefs/clean.brief.md');
    assert.deepEqual(after, before);
  });

  it('a fully cached run still shows a broken config and exits 2', () => {
    const dir = workspace();
    run(['lint', '.', '--cache'], dir);
    writeFileSync(join(dir, 'team', 'vocabulary.yaml'), 'terms: [unclosed\n');
    run(['lint', '.', '--cache'], dir);
    const again = run(['lint', '.', '--cache'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stdout, /^team\/vocabulary\.yaml$/m);
  });

  it('--fix with --cache fixes a file whose cached findings have a fix, and caches the fixed text', () => {
    const dir = workspace();
    const file = join(dir, 'briefs', 'warnings.brief.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: final\n', 'status: final\nsdgs: [SDG 11]\n'));
    run(['lint', '.', '--cache'], dir);
    // Found again by its text under an older time, then fixed: the stat of the text before the fix must not go with the fixed one.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
    run(['lint', '.', '--cache', '--fix'], dir);
    assert.match(readFileSync(file, 'utf8'), /^sdgs: \[11\]$/m);
    tamper(dir);
    assert.equal(new Map(readCache(join(dir, CACHE)).entries).get('briefs/warnings.brief.md')?.stat, undefined, 'written by the fix: no stat of the text before it');
    const after = run(['lint', '.', '--format', 'json', '--cache'], dir);
    assert.ok(servedFromCache(after).includes('briefs/warnings.brief.md'), 'the fixed text was cached');
  });
});

describe('diplobrief report --cache', () => {
  it('reports the same as without the cache, from entries a lint --cache wrote or its own', () => {
    const dir = workspace();
    const report = (args: string[]) => {
      const result = run(['report', '.', '--format', 'json', ...args], dir);
      return { ...JSON.parse(result.stdout), generatedAt: undefined };
    };
    const uncached = report([]);
    run(['lint', '.', '--cache'], dir);
    assert.deepEqual(report(['--cache']), uncached, 'entries of lint: findings cached, facts read');
    assert.deepEqual(report(['--cache']), uncached, 'entries with the facts');
    const cache = readCache(join(dir, CACHE));
    const [, warnings] = cache.entries.find(([path]) => path === 'briefs/warnings.brief.md')!;
    assert.ok(warnings.report?.facts, 'the report keeps the facts it read');
    warnings.report.facts.title = TAMPERED;
    writeCache(join(dir, CACHE), cache);
    assert.ok(report(['--cache']).briefs.some((brief: { title: string }) => brief.title === TAMPERED), 'served from the cache');
    appendFileSync(join(dir, 'team', 'vocabulary.yaml'), '  - term: city diplomacy\n    definition: The work of a city with other cities and countries.\n    avoid: [urban diplomacy]\n');
    assert.deepEqual(report(['--cache']), uncached, 'a team file changed: read again');
  });
});
