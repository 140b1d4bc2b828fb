import { strict as assert } from 'node:assert';
import { provideDocumentSymbols } from '../../server/src/lsp/features/symbols';
import { provideDocumentLinks } from '../../server/src/lsp/features/links';
import { briefText, openBrief } from '../helpers/briefDocuments';

describe('document symbols and links', () => {
  it('outlines the front matter fields and the sections by level', () => {
    const { document } = openBrief(briefText('## Summary\n\nText.\n\n### Detail\n\n## Recommendations\n'));
    const [frontMatter, title] = provideDocumentSymbols(document);
    assert.equal(frontMatter.name, 'Front matter');
    assert.deepEqual(frontMatter.children!.map((child) => `${child.name}=${child.detail}`), ['title=T', 'type=policy-brief', 'authors=[A]', 'date=2025-01-01', 'status=draft']);
    assert.equal(title.name, 'T');
    assert.deepEqual(title.children!.map((child) => [child.name, child.children!.map((grandchild) => grandchild.name)]), [['Summary', ['Detail']], ['Recommendations', []]]);
  });

  it('outlines a section whose heading is written in HTML, as the section rules read it', () => {
    const { document } = openBrief(briefText('## Summary\n\nText.\n\n<div class="box">\n<h2>Summary of <em>recommendations</em></h2>\n<ol><li>Fund it.</li></ol>\n</div>\n'));
    const [, title] = provideDocumentSymbols(document);
    assert.deepEqual(title.children!.map((child) => child.name), ['Summary', 'Summary of recommendations']);
  });

  it('links cited initiatives to their web sites', () => {
    const { document } = openBrief(briefText('As [@gesda] and [@unknown-thing] show.\n', 'initiatives: [gspi]\n'));
    assert.deepEqual(provideDocumentLinks(document).map((link) => [link.range.start.line, link.target]), [[6, 'https://gspi.ch/'], [11, 'https://gesda.global/']]);
  });
});
