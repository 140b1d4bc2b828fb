/**
 * The `extensionTestsPath` of both launchers (@vscode/test-electron and code-server):
 * VS Code loads this file in the extension host, calls run(), and counts a rejected
 * promise as a failed run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { hasAll, waitForDiagnostics } from './events';
import { WATER_FINDINGS, workspaceUri } from './workspace';

/**
 * Before the first test: the extension has started (on its own activation events) and
 * linted the workspace, which on a busy machine takes longer than any one test should wait.
 */
async function workspaceLinted(): Promise<void> {
  await waitForDiagnostics(workspaceUri('briefs/water.brief.md'), hasAll(...WATER_FINDINGS), 110_000);
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 120_000, rootHooks: { beforeAll: workspaceLinted } });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));
  const { passes, failures } = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
  });
  // The plain closing line that CI logs are read for.
  console.log(`VS Code: ${passes} passed, ${failures} failed`);
  if (failures > 0 || passes === 0) throw new Error(failures > 0 ? `${failures} VS Code test${failures === 1 ? '' : 's'} failed.` : 'No VS Code test ran.');
}
