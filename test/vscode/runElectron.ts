/**
 * `npm run test:vscode:electron`: the suite in test/vscode/suite, in desktop VS Code as
 * @vscode/test-electron downloads it (this needs internet access; `npm run test:vscode`
 * runs the same suite where there is none).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { createTestProfile, EXTENSION_ROOT, SUITE_ENTRY } from './testProfile';

async function main(): Promise<void> {
  const profile = createTestProfile();
  try {
    await runTests({
      extensionDevelopmentPath: EXTENSION_ROOT,
      extensionTestsPath: SUITE_ENTRY,
      cachePath: join(EXTENSION_ROOT, '.cache', 'vscode-electron'),
      // runTests adds --disable-workspace-trust, --skip-welcome and the like itself.
      launchArgs: [profile.workspace, `--user-data-dir=${profile.userDataDir}`, `--extensions-dir=${profile.extensionsDir}`],
    });
  } finally {
    rmSync(profile.dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
