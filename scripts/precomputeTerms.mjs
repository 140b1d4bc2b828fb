// The build's stand-in for server/src/analyses/sdg/precomputedTerms.ts: the scorer's English
// term list, built by the source's own buildTermList, as JSON.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { escapeBeyondAscii } from './asciiText.mjs';

/** The repository's root, which the script below imports from. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Languages whose list the build makes: each adds its JSON to every bundle that scores. */
const LANGUAGES = ['en'];

const PRINT_TERM_LISTS = `
import { buildTermList } from './server/src/analyses/sdg/termList';
import { SdgCatalogue } from './server/src/knowledge/sdgCatalogue';
const catalogue = new SdgCatalogue();
process.stdout.write(JSON.stringify(${JSON.stringify(LANGUAGES)}.map((lang) => [lang, buildTermList(lang, catalogue)])));
`;


export async function precomputedTermsModule() {
  const { outputFiles } = await build({ stdin: { contents: PRINT_TERM_LISTS, loader: 'ts', resolveDir: ROOT }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning' });
  const scratch = mkdtempSync(join(tmpdir(), 'diplobrief-terms-'));
  try {
    const script = join(scratch, 'print.cjs');
    writeFileSync(script, outputFiles[0].contents);
    const lists = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    return `exports.PRECOMPUTED_TERMS = new Map(${JSON.stringify(lists.map(([lang, terms]) => [lang, escapeBeyondAscii(JSON.stringify(terms))]))});\n`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
