import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, positionAfter, workspaceUri } from './workspace';
import { rulesOf, waitForDiagnostics } from './events';

const DOCS = 'https://github.com/diplobrief/diplobrief/blob/main/docs/rules/';

describe('diagnostics in VS Code', () => {
  it('lints the whole workspace on start: an unopened brief has its problems, with rule codes and docs links', async () => {
    const water = workspaceUri('briefs/water.brief.md');
    const diagnostics = await waitForDiagnostics(water, (found) => found.length === 3);
    assert.deepEqual(rulesOf(diagnostics), ['structure-required-sections', 'initiative-untagged-reference', 'sdg-body-mention-untagged']);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.toString(true), `${DOCS}${code.value}.md`);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diagnostic.message, /^[A-Z].*\.$/, 'messages are full sentences');
    }
    assert.equal(diagnostics[1].range.start.line, 16);
    assert.ok(vscode.extensions.getExtension('diplobrief.diplobrief')?.isActive, 'the extension is active');
  });

  it('updates the diagnostics as a brief is edited', async () => {
    const editor = await openCopyOf('briefs/water.brief.md');
    const { document } = editor;
    await waitForDiagnostics(document.uri, (found) => rulesOf(found).includes('structure-required-sections'));

    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\n## References\n\n- Barcelona City Council (2024). Drought plan.\n'));
    await waitForDiagnostics(document.uri, (found) => !rulesOf(found).includes('structure-required-sections'));

    await editor.edit((edit) => edit.replace(new vscode.Range(positionAfter(document, 'status: '), positionAfter(document, 'status: review')), '[review'));
    const broken = await waitForDiagnostics(document.uri, (found) => rulesOf(found).includes('front-matter-syntax'));
    const syntax = broken.find((diagnostic) => rulesOf([diagnostic])[0] === 'front-matter-syntax')!;
    assert.equal(syntax.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(syntax.range.start.line < 10, 'the YAML error is reported in the front matter');
  });
});
