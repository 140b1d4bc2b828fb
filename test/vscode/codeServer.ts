/**
 * The real VS Code that code-server ships, which test/vscode/setup.sh installs into
 * .cache/vscode-test; the browser that shows its workbench is test/helpers/chromium.ts.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ROOT, type TestProfile } from './testProfile';

const ENTRY = join(EXTENSION_ROOT, '.cache', 'vscode-test', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export interface CodeServer {
  /** The workbench on `folder`; `payload` entries are VS Code's launch options with a local path (extensionDevelopmentPath, ...). */
  workbenchUrl(folder: string, payload?: [string, string][]): string;
  stop(): void;
}

function profileArgs(profile: TestProfile): string[] {
  if (!existsSync(ENTRY)) throw new Error('code-server is not installed: run test/vscode/setup.sh first.');
  return [ENTRY, '--config', join(profile.dir, 'code-server.yaml'), '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a .vsix into the profile, as `code --install-extension` does. */
export function installExtension(profile: TestProfile, vsix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const install = spawn(process.execPath, [...profileArgs(profile), '--install-extension', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
    install.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Installing ${vsix} failed with code ${code}.`))));
  });
}

/** Starts code-server for the profile on a free local port, resolving once it listens; its output goes to `logFile`. */
export async function startCodeServer(profile: TestProfile, logFile: string): Promise<CodeServer> {
  const args = [
    ...profileArgs(profile),
    ...['--bind-addr', '127.0.0.1:0', '--auth', 'none'],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
  ];
  // No extension gallery: nothing to download, and no lookups of a host these machines cannot reach.
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
  // Its own process group, so that stop() also ends the extension host and the language server.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const listening = /HTTP server listening on (http:\/\/[^/\s]+)/.exec(chunk.toString());
      if (listening) resolve(listening[1]);
    });
    child.on('exit', (code) => reject(new Error(`code-server exited with code ${code} before it listened; see ${logFile}.`)));
  });
  return {
    workbenchUrl(folder, payload = []) {
      const url = new URL(origin);
      url.searchParams.set('folder', folder);
      if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload.map(([key, path]) => [key, `vscode-remote://${url.host}${path}`])));
      return url.href;
    },
    stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}
