import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The extension under test: the repository itself, with its built dist/. */
export const EXTENSION_ROOT = join(__dirname, '..', '..');
/** The bundled suite's run() entry (scripts/build.mjs writes it). */
export const SUITE_ENTRY = join(EXTENSION_ROOT, 'out', 'test', 'vscode', 'index.js');
/** Logs and screenshots of the last run. */
export const OUTPUT_DIR = join(EXTENSION_ROOT, 'out', 'vscode-test');

/** Settings that keep VS Code from opening anything the tests did not ask for. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  // VS Code in a browser saves after a delay by default; the desktop default keeps both launchers alike.
  'files.autoSave': 'off',
  'editor.hover.delay': 100,
};

export interface TestProfile {
  /** Holds everything below; remove it when done. */
  dir: string;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
}

/**
 * What every VS Code test run starts from, whichever VS Code runs it: a fresh copy of
 * test/vscode/workspace (tests edit briefs and the config) and an empty user-data folder
 * holding the quiet settings and any `settings` given.
 */
export function createTestProfile(settings: Record<string, unknown> = {}): TestProfile {
  const dir = mkdtempSync(join(tmpdir(), 'diplobrief-vscode-'));
  const workspace = join(dir, 'workspace');
  cpSync(join(__dirname, 'workspace'), workspace, { recursive: true });
  const userDataDir = join(dir, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const extensionsDir = join(dir, 'extensions');
  mkdirSync(extensionsDir);
  return { dir, workspace, userDataDir, extensionsDir };
}
