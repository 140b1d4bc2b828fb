/**
 * `npm run test:vscode`, part 1: the suite in test/vscode/suite, run by the extension host of
 * code-server's VS Code, as @vscode/test-electron runs it in desktop VS Code. The workbench
 * reports run()'s outcome through window.codeAutomationExit, and the extension host's
 * console (the mocha report) through window.codeAutomationLog.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { startCodeServer } from './codeServer';
import { createTestProfile, EXTENSION_ROOT, OUTPUT_DIR, SUITE_ENTRY } from './testProfile';

/** Far above a normal run (well under a minute); only a hung workbench gets near it. */
const RUN_TIMEOUT_MS = 300_000;

async function main(): Promise<number> {
  if (!chromiumAvailable()) throw new Error('/usr/bin/chromium is missing: run test/vscode/setup.sh first.');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const profile = createTestProfile();
  const server = await startCodeServer(profile, join(OUTPUT_DIR, 'suite-code-server.log'));
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    let finish: (outcome: number | 'timeout') => void = () => {};
    const outcome = new Promise<number | 'timeout'>((resolve) => (finish = resolve));
    setTimeout(() => finish('timeout'), RUN_TIMEOUT_MS).unref();
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.exposeFunction('codeAutomationLog', (_level: string, args: unknown) => console.log(format(...(Array.isArray(args) ? args : [args]))));
    const url = server.workbenchUrl(profile.workspace, [
      ['extensionDevelopmentPath', EXTENSION_ROOT],
      ['extensionTestsPath', SUITE_ENTRY],
    ]);
    await page.goto(url, { waitUntil: 'commit' });
    const result = await outcome;
    if (result !== 'timeout') return result;
    await page.screenshot({ path: join(OUTPUT_DIR, 'suite-timeout.png') });
    console.error(`The suite did not finish within ${RUN_TIMEOUT_MS / 1000} s; see ${join(OUTPUT_DIR, 'suite-timeout.png')}.`);
    return 1;
  } finally {
    await browser.close();
    server.stop();
    rmSync(profile.dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
