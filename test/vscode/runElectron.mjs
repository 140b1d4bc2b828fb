// `npm run test:vscode:electron`: the suite in test/vscode/suite, in desktop VS Code as
// @vscode/test-electron downloads it (this needs internet access; `npm run test:vscode`
// runs the same suite where there is none).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { createTestProfile, EXTENSION_ROOT, SUITE_ENTRY } from './testProfile.mjs';

const profile = createTestProfile();
let exitCode = 0;
try {
  await runTests({
    extensionDevelopmentPath: EXTENSION_ROOT,
    extensionTestsPath: SUITE_ENTRY,
    cachePath: join(EXTENSION_ROOT, '.cache/vscode-electron'),
    // runTests adds --disable-workspace-trust, --skip-welcome and the like itself.
    launchArgs: [profile.workspace, `--user-data-dir=${profile.userDataDir}`, `--extensions-dir=${profile.extensionsDir}`],
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  rmSync(profile.dir, { recursive: true, force: true });
}
process.exit(exitCode);
