import { strict as assert } from 'node:assert';
import { lint } from '../../server/src/pipeline/defaults';
import { LineIndex } from '../../server/src/engine/lineIndex';
import type { Diagnostic } from '../../server/src/engine/types';

/** [line, start character, end character] of each finding of one rule. */
const spans = (diagnostics: Diagnostic[], rule: string) =>
  diagnostics.filter((d) => d.rule === rule).map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]);

const brief = (lines: string[], newline: string) =>
  [
    '---',
    'title: "🌍 Urban resilience"',
    'type: policy-brief',
    ...lines,
    'date: 2025-03-14',
    'status: draft',
    '---',
    '',
    '# 🌍 Miami',
    '',
    '## Executive summary',
    '',
    'Text.',
    '',
    '## Recommendations',
    '',
    '## References',
    '',
  ].join(newline);

describe('positions in UTF-16 code units, as LSP counts them', () => {
  for (const [name, newline] of [['\\n', '\n'], ['\\r\\n', '\r\n'], ['a lone \\r', '\r']]) {
    it(`puts a finding after emoji at its UTF-16 column with ${name} line breaks`, () => {
      // 'authors: [{ name: "' is 19 units, the emoji 👩‍🔬 is 5 (two astral characters and a
      // joiner), ' Ana", ' is 7: 'colur' starts at 31 (29 if counted in code points).
      const text = brief(['authors: [{ name: "👩‍🔬 Ana", colur: red }]'], newline);
      assert.deepEqual(spans(lint(text), 'front-matter-schema').at(-1), [3, 31, 36]);
      const unknown = lint(text).find((d) => /colur/.test(d.message))!;
      const lines = new LineIndex(text);
      assert.equal(text.slice(lines.offsetAt(unknown.range.start), lines.offsetAt(unknown.range.end)), 'colur');
    });
  }

  it('widens a YAML error that starts inside an emoji to the whole emoji', () => {
    const text = brief(['authors: [Ana]', 'city: 🌍: Miami'], '\r\n');
    assert.deepEqual(spans(lint(text), 'front-matter-syntax'), [[4, 6, 8]]);
  });

  it('counts a BOM on the first line only', () => {
    const text = '\uFEFF' + brief(['authors: [{ name: Ana, colur: red }]'], '\n');
    assert.deepEqual(spans(lint(text), 'front-matter-schema').at(-1), [3, 23, 28]);
  });
});

// VS Code leaves a file's byte order mark out of the document; a client that keeps it
// counts it as one unit. Either way a finding must cover the same characters.
describe('a byte order mark', () => {
  const BOM = '\uFEFF';
  const covered = (text: string, diagnostic: Diagnostic) => {
    const lines = new LineIndex(text);
    return text.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end));
  };

  it('puts a finding about the front matter on the opening --- after the mark', () => {
    const text = brief(['authors: [Ana]'], '\n').replace('title: "🌍 Urban resilience"\n', '');
    const missingTitle = (t: string) => lint(t).find((d) => /no 'title' field/.test(d.message))!;
    assert.deepEqual(missingTitle(text).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.deepEqual(missingTitle(BOM + text).range, { start: { line: 0, character: 1 }, end: { line: 0, character: 4 } });
    assert.equal(covered(BOM + text, missingTitle(BOM + text)), '---');
  });

  it('leaves the unclosed front matter finding on the ---, not on the mark', () => {
    const [unclosed] = spans(lint(`${BOM}---\ntitle: T\ntype: policy-brief\n`), 'front-matter-syntax');
    assert.deepEqual(unclosed, [0, 1, 4]);
  });

  it('without front matter: line 1 moves one unit right, every later line stays', () => {
    const text = '# Miami and the sea\n\nThe city centre is at risk. Its colour, its centre and its program matter.\n';
    const plain = lint(text, { path: 'briefs/miami.md' });
    const marked = lint(BOM + text, { path: 'briefs/miami.md' });
    assert.ok(plain.some((d) => d.range.start.line === 2), 'the text has findings below line 1');
    assert.deepEqual(marked.map((d) => covered(BOM + text, d)), plain.map((d) => covered(text, d)));
    const heading = marked.find((d) => d.rule === 'structure-required-sections')!;
    assert.equal(covered(BOM + text, heading), '# Miami and the sea');
  });

  it('an edit after the mark keeps the mark first', () => {
    const fix = lint(`${BOM}# Miami\n`, { path: 'briefs/miami.md' }).find((d) => d.rule === 'front-matter-missing')!.suggestions![0];
    assert.deepEqual(fix.edits[0].range.start, { line: 0, character: 1 });
  });
});
