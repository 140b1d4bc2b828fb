// The real VS Code that code-server ships, opened in Debian's headless chromium.
// test/vscode/setup.sh installs both; see README "Tests in a real VS Code".
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_ROOT } from './testProfile.mjs';

const CACHE = join(EXTENSION_ROOT, '.cache/vscode-test');
const ENTRY = join(CACHE, 'node_modules/code-server/out/node/entry.js');
const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(ENTRY) || !existsSync(CHROMIUM)) {
  console.error('code-server or chromium is missing: run test/vscode/setup.sh first.');
  process.exit(2);
}
const { chromium } = createRequire(join(CACHE, 'package.json'))('playwright-core');

function profileArgs(profile) {
  return [ENTRY, '--config', join(profile.dir, 'code-server.yaml'), '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a .vsix into the profile, as `code --install-extension` does. */
export function installExtension(profile, vsix) {
  return new Promise((resolve, reject) => {
    const install = spawn(process.execPath, [...profileArgs(profile), '--install-extension', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
    install.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Installing ${vsix} failed with code ${code}.`))));
  });
}

/**
 * Starts code-server on a free local port for one profile (see testProfile.mjs) and
 * resolves once it listens. Its output goes to `logFile`.
 */
export async function startCodeServer(profile, logFile) {
  const args = [
    ...profileArgs(profile),
    ...['--bind-addr', '127.0.0.1:0', '--auth', 'none'],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
  ];
  // Its own process group, so that stop() also ends the extension host and the language server.
  // No extension gallery: nothing to download, and no lookups of a host these machines cannot reach.
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const origin = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const listening = /HTTP server listening on (http:\/\/[^/\s]+)/.exec(String(chunk));
      if (listening) resolve(listening[1]);
    });
    child.on('exit', (code) => reject(new Error(`code-server exited with code ${code} before it listened; see ${logFile}.`)));
  });
  return {
    /** The workbench on `folder`; `payload` entries are VS Code's launch options (extensionDevelopmentPath, ...). */
    workbenchUrl(folder, payload = []) {
      const authority = new URL(origin).host;
      const remote = payload.map(([key, path]) => [key, `vscode-remote://${authority}${path}`]);
      return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(remote))}`;
    },
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}

/** Headless chromium with a throwaway profile; close() removes it. */
export async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'diplobrief-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
