import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { openCopyOf, positionAfter } from './workspace';
import { rulesOf, waitForDiagnostics } from './events';

/** The processes running this extension's language server (Linux: read from /proc). */
function serverProcesses(): number[] {
  const server = join(vscode.extensions.getExtension('diplobrief.diplobrief')!.extensionPath, 'dist', 'server.js');
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(server) ? [Number(pid)] : [];
      } catch {
        return []; // gone meanwhile
      }
    });
}

// Last in the suite (files run in name order): it kills the server the other tests use.
describe('a language server that dies', () => {
  it('is restarted by the client, and the new one knows the unsaved edits made before and after', async () => {
    const editor = await openCopyOf('briefs/water.brief.md');
    const { document } = editor;
    await waitForDiagnostics(document.uri, (found) => rulesOf(found).includes('structure-required-sections'));
    // An unsaved edit the server must not forget: the missing section is added.
    await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\n## References\n\n- Barcelona City Council (2024). Drought plan.\n'));
    await waitForDiagnostics(document.uri, (found) => !rulesOf(found).includes('structure-required-sections'));

    const killed = serverProcesses();
    assert.equal(killed.length, 1, `one server runs: ${killed.join(', ')}`);
    process.kill(killed[0], 'SIGKILL');

    // Another unsaved edit, made while the server is down or starting again.
    await editor.edit((edit) => edit.replace(new vscode.Range(positionAfter(document, 'status: '), positionAfter(document, 'status: review')), '[review'));
    const found = await waitForDiagnostics(document.uri, (diagnostics) => rulesOf(diagnostics).includes('front-matter-syntax'));
    assert.ok(!rulesOf(found).includes('structure-required-sections'), 'the new server has the edit made before the crash');
    const running = serverProcesses();
    assert.equal(running.length, 1);
    assert.notEqual(running[0], killed[0], 'a new server process answers');
  });
});
