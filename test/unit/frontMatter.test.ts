import { strict as assert } from 'node:assert';
import { parseFrontMatter, fieldItems } from '../../server/src/engine/frontMatter';
import { parseBrief } from '../../server/src/engine/parseBrief';

describe('front matter', () => {
  it('reads SDG ids as typed: unquoted 11.10 stays "11.10"', () => {
    const text = '---\nsdgs: [11, 11.10, "11.a"]\n---\n';
    const items = fieldItems(parseFrontMatter(text)!, 'sdgs', text);
    assert.deepEqual(items.map((i) => [i.source, i.quoted]), [['11', false], ['11.10', false], ['11.a', true]]);
    assert.equal(text.slice(items[1].span.start, items[1].span.end), '11.10');
  });

  it('reports a missing closing fence and keeps the YAML errors at their offsets', () => {
    const text = '---\ntitle: [unclosed\n';
    const frontMatter = parseFrontMatter(text)!;
    assert.equal(frontMatter.closed, false);
    assert.ok(frontMatter.problems.some((p) => /closing/.test(p.message)));
    assert.ok(frontMatter.problems.every((p) => p.start >= 0 && p.end <= text.length));
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill('*' + 'abcdefghij'[i]).join(', ')}]`), '---', ''].join('\n');
    const frontMatter = parseFrontMatter(bomb)!;
    assert.equal(frontMatter.data, undefined);
    assert.ok(frontMatter.problems.length > 0);
  });
});

describe('parseBrief', () => {
  it('keeps prose offsets equal to text offsets and blanks code, HTML, URLs and front matter', () => {
    const text = '---\ntitle: STI\n---\nThe STI `STI` <!-- STI --> [link](https://sti.org) <https://x.org>\n\n```\nSTI\n```\n';
    const brief = parseBrief(text);
    assert.equal(brief.prose.length, text.length);
    const found = [...brief.prose.matchAll(/STI/g)].map((m) => m.index);
    assert.deepEqual(found, [text.indexOf('The STI') + 4]);
    assert.ok(brief.prose.includes('link'));
    assert.equal(brief.comments[0].body, 'STI');
  });

  it('blanks TOML front matter, which it does not read, as it blanks YAML front matter', () => {
    const text = '+++\ntitle = "STI"\n+++\n\nThe STI plan.\n';
    const brief = parseBrief(text);
    assert.equal(brief.frontMatter, undefined);
    assert.deepEqual([...brief.prose.matchAll(/STI/g)].map((m) => m.index), [text.indexOf('The STI') + 4]);
    assert.deepEqual(brief.blocks.map((block) => text.slice(block.start, block.end)), ['The STI plan.']);
  });

  it('blanks URLs and e-mail addresses written out in the text, but not the punctuation after them or citations', () => {
    const text = 'See https://sti.org/a_(b). Or (www.sti.org), or ask sti@sti.org [@gesda].\n';
    const brief = parseBrief(text);
    assert.equal(brief.prose, 'See                      . Or (           ), or ask             [@gesda].\n');
  });

  it('reads GFM tables, footnotes and strikethrough: a table cell is a block of prose', () => {
    const brief = parseBrief('| Goal | Step |\n| --- | --- |\n| SDG 11 | Map heat |\n\nText.[^1] ~~old~~\n\n[^1]: A source.\n');
    assert.deepEqual(brief.blocks.filter((block) => block.kind === 'tableCell').map((block) => brief.text.slice(block.start, block.end).trim()), ['| Goal', '| Step |', '| SDG 11', '| Map heat |']);
    assert.deepEqual(brief.tree.children.map((node) => node.type), ['table', 'paragraph', 'footnoteDefinition']);
    assert.ok(!brief.prose.includes('~~'));
  });

  it('finds headings and where their sections end', () => {
    const brief = parseBrief('# T\n\n## A\n\ntext\n\n### A.1\n\n## B\n');
    assert.deepEqual(brief.headings.map((h) => [h.title, h.depth]), [['T', 1], ['A', 2], ['A.1', 3], ['B', 2]]);
    assert.equal(brief.headings[1].sectionEnd, brief.headings[3].start);
  });
});
