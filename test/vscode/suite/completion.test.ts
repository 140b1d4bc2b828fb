import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, positionAfter } from './workspace';

/** What VS Code's suggest widget would list at the end of `before`, typed with `trigger`. */
async function suggestions(document: vscode.TextDocument, before: string, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionAfter(document, before), trigger);
  return list.items;
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const labels = (items: vscode.CompletionItem[]) => items.map(labelOf);
const item = (items: vscode.CompletionItem[], label: string) => items.find((candidate) => labelOf(candidate) === label);

describe('completion in VS Code', () => {
  it('offers SDG goals, with their short names, in the front matter, leaving out those already tagged', async () => {
    const { document } = await openCopyOf('briefs/heat.brief.md', (text) => text.replace('sdgs: [11, "11.5"]', 'sdgs: [11, ]'));
    const items = await suggestions(document, 'sdgs: [11, ', ' ');
    assert.ok(labels(items).includes('13'), labels(items).join(', '));
    assert.ok(!labels(items).includes('11'), 'goal 11 is already tagged');
    assert.equal(item(items, '13')!.detail, 'Climate action');
  });

  it("offers the targets of a goal once its number and a dot are typed, quoted as YAML needs", async () => {
    const { document } = await openCopyOf('briefs/heat.brief.md', (text) => text.replace('sdgs: [11, "11.5"]', 'sdgs: [11, 11.]'));
    const items = await suggestions(document, 'sdgs: [11, 11.', '.');
    assert.ok(items.length > 10, labels(items).join(', '));
    assert.ok(labels(items).every((label) => label.startsWith('11.')), labels(items).join(', '));
    const target = item(items, '11.5')!;
    assert.match(String(target.detail), /^Target: By 2030, significantly reduce the number of deaths/);
    assert.equal((target.textEdit as vscode.TextEdit).newText, '"11.5"');
  });

  it('offers catalogue and team initiatives in the front matter and after [@ in the text', async () => {
    const { document } = await openCopyOf('briefs/heat.brief.md', (text) =>
      text.replace('initiatives: [scitech-diplohub, bcn-urban-lab]', 'initiatives: [scitech-diplohub, bcn-urban-lab, ]').replace('researchers abroad.', 'researchers abroad, like [@'),
    );
    const tagged = await suggestions(document, 'bcn-urban-lab, ', ' ');
    assert.ok(labels(tagged).includes('gesda'), labels(tagged).join(', '));
    assert.ok(!labels(tagged).includes('bcn-urban-lab'), 'bcn-urban-lab is already tagged');

    const cited = await suggestions(document, 'like [@', '@');
    assert.ok(labels(cited).includes('bcn-urban-lab'), 'the team catalogue is offered');
    const gesda = item(cited, 'gesda')!;
    assert.match(String(gesda.detail), /Geneva/);
    assert.equal((gesda.textEdit as vscode.TextEdit).newText, 'gesda]');
  });

  it('offers goals after "SDG " in the text, and nothing of its own in plain prose', async () => {
    const { document } = await openCopyOf('briefs/heat.brief.md', (text) => text.replace('Heat waves threaten SDG 11', 'Heat waves threaten SDG '));
    const goals = await suggestions(document, 'threaten SDG ', ' ');
    assert.deepEqual(labels(goals.filter((candidate) => candidate.kind === vscode.CompletionItemKind.Constant)).sort((a, b) => Number(a) - Number(b)), [
      ...Array.from({ length: 17 }, (_, index) => String(index + 1)),
    ]);

    const prose = await suggestions(document, 'The City Council should');
    assert.ok(!labels(prose).some((label) => label === 'gesda' || label === '11'), labels(prose).join(', '));
  });
});
