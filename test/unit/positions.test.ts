import { strict as assert } from 'node:assert';
import { lint } from '../../server/src/engine/lint';
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
