import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { documentDiagnostics } from '../../server/src/lsp/diagnostics';
import { provideHover } from '../../server/src/lsp/features/hover';
import { provideCompletion } from '../../server/src/lsp/features/completion';
import { briefText, openAt, openBrief } from '../helpers/briefDocuments';
import { useServer } from '../helpers/lspClient';

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
    assert.match(hover(briefText(`${CLIMATE}The region's plan covers SDG 1, 5, 6 and 10.\n`, 'sdgs: [|5]\n')), /The text names SDG 5 among four goals or more\./);
    assert.match(hover(briefText(CLIMATE, 'sdgs: [|5]\n')), /\*\*In this brief:\*\* No phrase of the text speaks of SDG 5\./);
    // 'climate adaptation plan' is the own language of target 11.b, which lets a tag of 11 stand.
    assert.match(hover(briefText(CLIMATE, 'sdgs: [1|1]\n')), /It uses the language of the goal's targets: 'climate adaptation plan'\./);
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

describe('SDG evidence over stdio, as an editor gets it', () => {
  const server = useServer();
  /** A brief on coastal flooding tagged only with SDG 11: its text speaks of climate adaptation throughout. */
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'rules', 'sdg-suggest', 'climate-untagged.md'), 'utf8');
  const lines = text.split('\n');
  const tagLine = lines.findIndex((line) => line.startsWith('sdgs: ['));
  const isClimateSuggestion = (diagnostic: Diagnostic) => diagnostic.code === 'sdg-suggest' && /SDG 13 /.test(String(diagnostic.message));

  it('publishes the suggestion with related information on the sentences that carry the evidence', async () => {
    const uri = await server.client.open('briefs/climate.brief.md', text);
    const suggestion = (await server.client.diagnostics(uri, (diagnostics) => diagnostics.some(isClimateSuggestion))).find(isClimateSuggestion)!;
    assert.ok(suggestion.relatedInformation!.length >= 2);
    for (const { location, message } of suggestion.relatedInformation!) {
      assert.equal(location.uri, uri);
      const phrase = /^'(.+)' speaks of SDG 13 here\.$/.exec(message)![1];
      const sentence = lines.slice(location.range.start.line, location.range.end.line + 1).join(' ');
      assert.ok(sentence.toLowerCase().includes(phrase), `'${phrase}' on the lines pointed at: ${sentence}`);
    }
    const details = (suggestion.data as { details: { goal: string; score: number; evidence: { ranges: unknown[] }[] } }).details;
    assert.equal(details.goal, '13');
    assert.ok(details.score > 0 && details.evidence.every((phrase) => phrase.ranges.length > 0));
    await server.client.close(uri);
  });

  it('explains on a tag whether the text supports it, and completes `sdgs` with the supported goal first', async () => {
    const tagged = text.replace('sdgs: [11, "11.b"]', 'sdgs: [11, 13, 5]');
    const uri = await server.client.open('briefs/climate.brief.md', tagged);
    const hover = async (character: number) => ((await server.client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: tagLine, character } })).contents as MarkupContent).value;
    assert.match(await hover('sdgs: [11, 1'.length), /\*\*In this brief:\*\* The text clearly serves SDG 13 \(confidence [\d.]+\)/);
    assert.match(await hover('sdgs: [11, 13, '.length), /\*\*In this brief:\*\* No phrase of the text speaks of SDG 5\./);
    await server.client.change(uri, text.replace('sdgs: [11, "11.b"]', 'sdgs: []'));
    const completion = await server.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: tagLine, character: 'sdgs: ['.length } });
    const [first] = completion.items.sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(first.label, '13');
    assert.match(first.labelDetails!.description!, /the text supports it/);
    await server.client.close(uri);
  });
});
