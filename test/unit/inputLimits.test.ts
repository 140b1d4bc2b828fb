import { strict as assert } from 'node:assert';
import { lint } from '../../server/src/pipeline/defaults';
import { defaultConfig } from '../../server/src/config/resolveConfig';
import type { Diagnostic } from '../../server/src/engine/types';

// Inputs that are not briefs. Each must come back (no hang, no throw) with at most one
// diagnostic that says what is wrong; how fast is measured by `npm run bench`, not here.
// Content rules keep being added and may have a word to say about this small brief; the
// broken inputs are judged by what they add to its findings.
const BRIEF_PATH = 'briefs/input.md';
const frontMatter = (extra = '') => `---\ntitle: T\ntype: policy-brief\nauthors: [A]\ndate: 2025-01-01\nstatus: draft\nsdgs: [11]\n${extra}---\n`;
const body = '\n# T\n\n## Executive summary\n\nThe city can act.\n\n## Recommendations\n\n- The city council should fund the hub.\n\n## References\n\n- Royal Society (2010). New frontiers in science diplomacy.\n';
const key = (d: Diagnostic) => `${d.rule}: ${d.message}`;
const baseline = new Set(lint(frontMatter() + body).map(key));

/** The one finding the text has beyond the sound brief's. */
function only(diagnostics: Diagnostic[]): Diagnostic {
  const added = diagnostics.filter((d) => !baseline.has(key(d)));
  assert.equal(added.length, 1, added.map(key).join('\n'));
  return added[0];
}

/** The text's one and only finding. */
function sole(diagnostics: Diagnostic[]): Diagnostic {
  assert.equal(diagnostics.length, 1, diagnostics.map(key).join('\n'));
  return diagnostics[0];
}

describe('inputs that are not briefs', () => {
  it('an empty file at a brief path: one finding, whose suggestion starts the brief', () => {
    const finding = sole(lint('', { path: BRIEF_PATH }));
    assert.equal(finding.rule, 'front-matter-missing');
    assert.ok(finding.suggestions?.[0].edits[0].newText.startsWith('---'));
    assert.equal(sole(lint(' \n\n', { path: BRIEF_PATH })).rule, 'front-matter-missing');
  });

  it('a file with only front matter: one finding naming the missing sections', () => {
    assert.match(only(lint(frontMatter())).message, /no 'Executive summary', 'Recommendations' or 'References' section/);
  });

  it('a 20 MB brief: one finding, "too large to lint", and nothing when it is not a brief', () => {
    const huge = 'The city should fund the hub. '.repeat(700_000);
    assert.match(sole(lint(frontMatter() + body + huge)).message, /^This brief is 20\.0 MB, over the 1\.0 MB limit, so it was not linted\./);
    assert.deepEqual(lint(huge, { path: 'notes/huge.md' }), []);
  });

  it('the size limit is the maxFileSize setting', () => {
    const config = { ...defaultConfig(), maxFileSize: 100 };
    assert.equal(sole(lint(frontMatter() + body, { config })).rule, 'file-too-large');
  });

  it('a binary file at a brief path: one finding, and nothing when it is not a brief', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).toString('utf8');
    const finding = sole(lint(png, { path: BRIEF_PATH }));
    assert.equal(finding.rule, 'file-binary');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.deepEqual(lint(png, { path: 'notes/logo.md' }), []);
    assert.equal(sole(lint(frontMatter() + body + '\0', { path: 'notes/logo.md' })).rule, 'file-binary', 'its front matter makes it a brief');
  });

  it('a YAML bomb in the front matter: one finding, and the aliases are never expanded', () => {
    const levels = 'bcdefghi'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
    const bomb = frontMatter(['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]', ...levels, ''].join('\n')) + body;
    const finding = only(lint(bomb));
    assert.equal(finding.rule, 'front-matter-syntax');
    assert.match(finding.message, /YAML bomb/);
  });

  it('deeply nested YAML, in flow and block style: one finding each', () => {
    const flow = only(lint(frontMatter(`keywords: ${'['.repeat(100_000)}x${']'.repeat(100_000)}\n`) + body));
    assert.match(flow.message, /nested more than 64 levels deep/);
    assert.equal(flow.range.start.line, 7);
    const block = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n');
    const deepBlock = only(lint(frontMatter(`keywords:\n${block} x\n`) + body));
    assert.match(deepBlock.message, /nested more than 64 levels deep/);
    assert.equal(deepBlock.range.start.line, 7 + 64);
    const dashes = only(lint(frontMatter(`keywords:\n${'- '.repeat(1000)}x\n`) + body));
    assert.match(dashes.message, /nested more than 64 levels deep/);
  });

  it('quotes nested thousands deep: one finding instead of a stack overflow, and nothing when it is not a brief', () => {
    assert.equal(sole(lint(frontMatter() + body + '> '.repeat(20_000) + 'x\n')).rule, 'file-unparsable');
    assert.deepEqual(lint('> '.repeat(20_000) + 'x\n', { path: 'notes/quotes.md' }), []);
  });

  it('links or images nested in each other thousands deep: one finding where they nest too deep, before the parser tries', () => {
    const text = frontMatter() + body + '\nSee ' + '!['.repeat(2_000) + 'x' + '](u)'.repeat(2_000) + '\n';
    const finding = sole(lint(text));
    assert.equal(finding.rule, 'file-unparsable');
    assert.match(finding.message, /nested in each other more than 100 deep/);
    const line = text.split('\n').length - 2;
    assert.deepEqual(finding.range, { start: { line, character: 4 + 2 * 100 + 1 }, end: { line, character: 4 + 2 * 100 + 2 } });
    // The 101st bracket open at once is one too many, the 100th is not.
    const justOver = '\n' + '['.repeat(101) + 'x\n';
    assert.equal(sole(lint(frontMatter() + body + justOver)).rule, 'file-unparsable');
    assert.ok(!lint(frontMatter() + body + justOver.replace('[', '')).some((d) => d.rule === 'file-unparsable'));
    // A hundred brackets open across paragraphs, or escaped, are nothing unusual.
    const apart = lint(frontMatter() + body + '[a\n\n'.repeat(150) + '\\['.repeat(150) + '\n');
    assert.ok(!apart.some((d) => d.rule === 'file-unparsable'));
  });

  it('quotes and list items nested in each other thousands deep on one line: one finding, before the parser tries', () => {
    for (const nesting of ['- > ', '> 1. ', '* + > ']) {
      const finding = sole(lint(frontMatter() + body + nesting.repeat(5_000) + 'x\n'));
      assert.equal(finding.rule, 'file-unparsable', nesting);
      assert.match(finding.message, /nested too deeply to parse/);
    }
    const thirty = lint(frontMatter() + body + '\n' + '- > '.repeat(30) + 'x\n');
    assert.ok(!thirty.some((d) => d.rule === 'file-unparsable'), 'thirty levels are read');
  });
});
