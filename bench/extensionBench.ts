import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { target, type Row } from './results';

const CLIENT_BUDGET_KB = 100;
const DIST = join(__dirname, '..', 'dist');

/** Sizes of the production bundles that ship in the extension (built before this runs). */
export function benchExtension(): Row[] {
  const kb = (file: string) => statSync(join(DIST, file)).size / 1024;
  // The .vsix is a zip, so the download is nearer the compressed size.
  const gzippedKb = (file: string) => gzipSync(readFileSync(join(DIST, file))).length / 1024;
  const client = kb('extension.js');
  return [
    { section: 'Extension', measure: 'client bundle (dist/extension.js), production', value: client, unit: 'KB', target: target(`≤ ${CLIENT_BUDGET_KB} KB`, client <= CLIENT_BUDGET_KB) },
    { section: 'Extension', measure: 'client bundle, gzipped', value: gzippedKb('extension.js'), unit: 'KB' },
    { section: 'Extension', measure: 'server bundle (dist/server.js), production', value: kb('server.js'), unit: 'KB' },
    { section: 'Extension', measure: 'server bundle, gzipped', value: gzippedKb('server.js'), unit: 'KB' },
    { section: 'Extension', measure: 'CLI bundle (dist/cli.js + lintWorker.js), production', value: kb('cli.js') + kb('lintWorker.js'), unit: 'KB' },
  ];
}
