import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openCopyOf, positionAfter, WATER_FINDINGS, workspaceUri } from './workspace';
import { hasAll, hasNone, ruleOf, rulesOf, waitForDiagnostics } from './events';

const DOCS = 'https://github.com/diplobrief/diplobrief/blob/main/docs/rules/';

describe('diagnostics in VS Code', () => {
  it('lints the whole workspace on start: an unopened brief has its problems, with rule codes and docs links', async () => {
    const diagnostics = await waitForDiagnostics(workspaceUri('briefs/water.brief.md'), hasAll(...WATER_FINDINGS));
    assert.deepEqual(
      rulesOf(diagnostics).filter((rule) => WATER_FINDINGS.includes(String(rule))),
      WATER_FINDINGS,
      'in the order of their place in the brief',
    );
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.toString(true), `${DOCS}${code.value}.md`);
      assert.match(diagnostic.message, /^[A-Z'`].*\.$/, 'messages are full sentences');
    }
    const untagged = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'initiative-untagged-reference')!;
    assert.equal(untagged.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([untagged.range.start.line, untagged.range.start.character], [16, 21]);
    assert.ok(vscode.extensions.getExtension('diplobrief.diplobrief')?.isActive, 'the extension is active');
  });

  it('updates the diagnostics as a brief is edited', async () => {
    const editor = await openCopyOf('briefs/water.brief.md');
    const { document } = editor;
    await waitForDiagnostics(document.uri, hasAll('structure-required-sections'));

    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\n## References\n\n- Barcelona City Council (2024). Drought plan.\n'));
    await waitForDiagnostics(document.uri, hasNone('structure-required-sections'));

    await editor.edit((edit) => edit.replace(new vscode.Range(positionAfter(document, 'status: '), positionAfter(document, 'status: review')), '[review'));
    const broken = await waitForDiagnostics(document.uri, hasAll('front-matter-syntax'));
    const syntax = broken.find((diagnostic) => ruleOf(diagnostic) === 'front-matter-syntax')!;
    assert.equal(syntax.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(syntax.range.start.line < 10, 'the YAML error is reported in the front matter');
  });
});
