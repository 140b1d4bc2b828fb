import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, positionAfter } from './workspace';

/** The Markdown of every hover at the position just after `before` (inside the word that follows). */
async function hoverText(document: vscode.TextDocument, before: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionAfter(document, before).translate(0, 1));
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

describe('hover in VS Code', () => {
  it('shows the official text of an SDG goal mentioned in the text', async () => {
    const { document } = await openCopyOf('briefs/heat.brief.md');
    const text = await hoverText(document, 'Heat waves threaten SDG');
    assert.match(text, /Sustainable cities and communities/);
    assert.match(text, /Make cities and human settlements inclusive, safe, resilient and sustainable/);
  });

  it('shows the official text of a target tagged in the front matter', async () => {
    const { document } = await openCopyOf('briefs/heat.brief.md');
    const text = await hoverText(document, 'sdgs: [11, "');
    assert.match(text, /Target 11\.5\*\*: By 2030, significantly reduce the number of deaths/);
  });

  it('shows the card of a cited initiative: name, city, country, year and where it is catalogued', async () => {
    const { document } = await openCopyOf('briefs/heat.brief.md');
    const builtin = await hoverText(document, 'and [@scitech');
    assert.match(builtin, /\*\*SciTech DiploHub\*\* · Barcelona, Spain · since 2018/);
    assert.match(builtin, /built-in catalogue/);
    const team = await hoverText(document, 'The [@bcn');
    assert.match(team, /\*\*Barcelona Urban Science Lab\*\* · Barcelona, Spain · since 2022/);
    assert.match(team, /team catalogue \(initiatives\.yaml\)/);
  });
});
