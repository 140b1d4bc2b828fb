import { strict as assert } from 'node:assert';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { documentDiagnostics } from '../../server/src/lsp/diagnostics';
import { provideHover } from '../../server/src/lsp/features/hover';
import { provideCompletion } from '../../server/src/lsp/features/completion';
import { briefText, openAt, openBrief } from '../helpers/briefDocuments';

const CLIMATE = [
  'Sea level rise threatens a third of the coastline by 2060, and king tides already flood low-lying streets.',
  '',
  "The city's climate adaptation plan maps flood risk street by street and sets priorities for raised roads.",
  '',
  'Heat waves grow longer; the heat action plan opens cooling centres and plants trees against extreme heat.',
  '',
].join('\n');

function hover(marked: string): string {
  const { document, position } = openAt(marked);
  return (provideHover(document, position)!.contents as MarkupContent).value;
}

describe('SDG evidence in the editor', () => {
  it('points sdg-suggest at the sentences that carry its evidence', () => {
    const { workspace, document } = openBrief(briefText(CLIMATE, 'sdgs: [11]\n'));
    const suggestion = documentDiagnostics(workspace, document).find((d) => d.code === 'sdg-suggest')!;
    assert.ok(suggestion, 'SDG 13 is suggested');
    const related = suggestion.relatedInformation!;
    assert.ok(related.length >= 2);
    for (const place of related) {
      assert.equal(place.location.uri, document.uri);
      assert.match(place.message, /^'.+' speaks of SDG 13 here\.$/);
      const sentence = document.brief.text.slice(document.brief.lines.offsetAt(place.location.range.start), document.brief.lines.offsetAt(place.location.range.end));
      assert.match(sentence, /^[A-Z].*\.$/, `a whole sentence: ${sentence}`);
    }
    const details = (suggestion.data as { details: { goal: string; evidence: { phrase: string; ranges: unknown[] }[] } }).details;
    assert.equal(details.goal, '13');
    assert.ok(details.evidence.some((e) => e.phrase === 'sea level rise' && e.ranges.length === 1));
  });

  it('explains on a tag whether the text supports it', () => {
    assert.match(hover(briefText(CLIMATE, 'sdgs: [1|3]\n')), /\*\*In this brief:\*\* The text clearly serves SDG 13 \(confidence [\d.]+\): \d paragraphs? speaks? of it, with 'sea level rise' \(line 12\)/);
    assert.match(hover(briefText(CLIMATE, 'sdgs: [1|4]\n')), /\*\*In this brief:\*\* No paragraph speaks clearly of SDG 14 \(confidence 0\.0\d\); only 'coastline' \(line 12\) in passing\./);
    assert.match(hover(briefText(`${CLIMATE}As SDG 6 asks.\n`, 'sdgs: [|6]\n')), /The text cites SDG 6 outright\./);
    assert.match(hover(briefText(CLIMATE, 'sdgs: [|5]\n')), /\*\*In this brief:\*\* No phrase of the text speaks of SDG 5\./);
  });

  it('completes `sdgs` with the goals and targets the text supports first, with their evidence', () => {
    const { document, position } = openAt(briefText(CLIMATE, 'sdgs: [|]\n'));
    const items = provideCompletion(document, position)!.items.sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.deepEqual(items.slice(0, 2).map((item) => item.label), ['13', '13.1']);
    assert.match(items[0].labelDetails!.description!, /the text supports it/);
    assert.match((items[0].documentation as MarkupContent).value, /The text clearly serves SDG 13/);
    assert.match(items[1].labelDetails!.description!, /the text speaks of it: '.+'/);
    assert.equal(items.length, 18, 'every goal, and the one target');
  });
});
