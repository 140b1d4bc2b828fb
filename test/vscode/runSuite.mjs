// `npm run test:vscode`, part 1: the suite in test/vscode/suite, run by the extension host of
// code-server's VS Code, as @vscode/test-electron runs it in desktop VS Code. The workbench
// reports run()'s outcome through window.codeAutomationExit, and the extension host's
// console (the mocha report) through window.codeAutomationLog.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { launchChromium, startCodeServer } from './codeServer.mjs';
import { createTestProfile, EXTENSION_ROOT, OUTPUT_DIR, SUITE_ENTRY } from './testProfile.mjs';

/** Far above a normal run (seconds); only a hung workbench gets near it. */
const RUN_TIMEOUT_MS = 180_000;

mkdirSync(OUTPUT_DIR, { recursive: true });
const profile = createTestProfile();
const server = await startCodeServer(profile, join(OUTPUT_DIR, 'suite-code-server.log'));
const browser = await launchChromium();
let exitCode = 1;
try {
  let finish;
  const outcome = new Promise((resolve) => (finish = resolve));
  setTimeout(() => finish('timeout'), RUN_TIMEOUT_MS).unref();
  await browser.page.exposeFunction('codeAutomationExit', finish);
  await browser.page.exposeFunction('codeAutomationLog', (_level, args) => console.log(format(...(Array.isArray(args) ? args : [args]))));
  await browser.page.goto(server.workbenchUrl(profile.workspace, [
    ['extensionDevelopmentPath', EXTENSION_ROOT],
    ['extensionTestsPath', SUITE_ENTRY],
  ]), { waitUntil: 'commit' });
  const result = await outcome;
  if (result === 'timeout') {
    console.error(`The suite did not finish within ${RUN_TIMEOUT_MS / 1000} s.`);
    await browser.page.screenshot({ path: join(OUTPUT_DIR, 'suite-timeout.png') });
  } else {
    exitCode = result;
  }
} finally {
  await browser.close();
  server.stop();
  rmSync(profile.dir, { recursive: true, force: true });
}
process.exit(exitCode);
