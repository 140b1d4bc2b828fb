import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, positionAfter, workspaceUri } from './workspace';
import { ruleOf, waitForDiagnostics } from './events';

const isClimateSuggestion = (diagnostic: vscode.Diagnostic) => ruleOf(diagnostic) === 'sdg-suggest' && /SDG 13 /.test(diagnostic.message);

/** The Markdown of every hover on the character just after `before`. */
async function hoverText(document: vscode.TextDocument, before: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionAfter(document, before));
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

describe('SDG evidence in VS Code', () => {
  it('points a suggested goal at the sentences of the brief that carry its evidence', async () => {
    const uri = workspaceUri('briefs/climate.brief.md');
    const suggestion = (await waitForDiagnostics(uri, (diagnostics) => diagnostics.some(isClimateSuggestion))).find(isClimateSuggestion)!;
    const document = await vscode.workspace.openTextDocument(uri);
    const related = suggestion.relatedInformation ?? [];
    assert.ok(related.length >= 2, `related information: ${JSON.stringify(related)}`);
    for (const place of related) {
      assert.equal(place.location.uri.toString(), uri.toString());
      const phrase = /^'(.+)' speaks of SDG 13 here\.$/.exec(place.message)?.[1];
      assert.ok(phrase, `a related message names its phrase: ${place.message}`);
      const sentence = document.getText(place.location.range);
      assert.ok(sentence.toLowerCase().replace(/\s+/g, ' ').includes(phrase.toLowerCase()), `'${phrase}' is in the sentence pointed at: ${sentence}`);
      assert.match(sentence, /^[A-Z]/, `from the start of its sentence or heading: ${sentence}`);
    }
  });

  it('says on a tag whether the text supports it, and why', async () => {
    const { document } = await openCopyOf('briefs/climate.brief.md', (text) => text.replace('sdgs: [11]', 'sdgs: [11, 13, 5]'));
    const climate = await hoverText(document, 'sdgs: [11, 1');
    assert.match(climate, /Climate action/);
    assert.match(climate, /\*\*In this brief:\*\* The text clearly serves SDG 13 \(confidence [\d.]+\): \d+ paragraphs? speaks? of it, with '[^']+' \(line \d+\)/);
    assert.match(await hoverText(document, 'sdgs: [11, 13, '), /\*\*In this brief:\*\* No phrase of the text speaks of SDG 5\./);
    assert.match(await hoverText(document, 'sdgs: ['), /\*\*In this brief:\*\* [^\n]*SDG 11\b/);
  });

  it('completes `sdgs` with the goals the text supports first, each with its evidence', async () => {
    const { document } = await openCopyOf('briefs/climate.brief.md', (text) => text.replace('sdgs: [11]', 'sdgs: [11, ]'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionAfter(document, 'sdgs: [11, '), ' ');
    const [first] = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    const label = first.label as vscode.CompletionItemLabel;
    assert.equal(label.label, '13');
    assert.match(String(label.description), /the text supports it/);
    assert.match((first.documentation as vscode.MarkdownString).value, /\*\*In this brief:\*\* The text clearly serves SDG 13/);
  });
});
