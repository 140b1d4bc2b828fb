// Bundles the CLI, its lint worker, the language server and the VS Code client into dist/,
// and the suite that runs in VS Code into out/test/vscode/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { precompiledValidatorsModule } from './precompileValidators.mjs';
import { precomputedTermsModule } from './precomputeTerms.mjs';
import { escapeBeyondAscii } from './asciiText.mjs';

const production = process.argv.includes('--production');

let validators;
/** Bundles get the product's schemas compiled ahead of time (see precompileValidators.mjs). */
const precompiledValidators = {
  name: 'precompiled-validators',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]engine[\\/]precompiledValidators\.ts$/ }, () => ({
      contents: (validators ??= precompiledValidatorsModule()),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

let termLists;
/** Bundles get the scorer's English term list built ahead of time (see precomputeTerms.mjs). */
const precomputedTerms = {
  name: 'precomputed-terms',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]analyses[\\/]sdg[\\/]precomputedTerms\.ts$/ }, async () => ({
      contents: await (termLists ??= precomputedTermsModule()),
      loader: 'js',
    }));
  },
};

/**
 * Writes the bundles in ASCII, stamped with their build (see buildStamp). esbuild escapes
 * characters beyond ASCII in strings but leaves them in regular expressions, and one such
 * character makes Node hold the whole bundle as two-byte text: reading and compiling it took
 * about 15 ms more at every start of the CLI, its workers and the server. A \u escape means
 * the same in a regular expression.
 */
const writeBundles = {
  name: 'write-bundles',
  setup(bundler) {
    bundler.onEnd(async ({ outputFiles = [] }) => {
      const stamp = buildStamp(outputFiles);
      for (const file of outputFiles) {
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, file.path.endsWith('.js') ? escapeBeyondAscii(file.text).replaceAll(UNSTAMPED, stamp) : file.contents);
      }
    });
  },
};

/** Written in the source where the build's stamp goes (server/src/cli/lintCache.ts). */
const UNSTAMPED = '@@diplobrief-build@@';

/**
 * A hash of a build's code, stamped into its bundles: the CLI's cache trusts only results of
 * the same build, and knows its own without hashing megabytes of bundle at every start.
 */
function buildStamp(outputFiles) {
  const hash = createHash('sha256');
  for (const file of outputFiles) if (file.path.endsWith('.js')) hash.update(file.contents);
  return hash.digest('base64url').slice(0, 16);
}

const CLI_CODE_CACHE = 'dist/cli.code-cache';

/**
 * Writes the CLI's V8 code cache from two lints of the examples, the second of which writes
 * it: one brief from a `--cache` of the first, the others linted, so the functions of a lint
 * and of a cached run are all in it. The examples are linted under a config file, as a team's
 * briefs are, so that reading and validating one is in it too. A build that cannot write it
 * still works, only slower to start.
 */
function writeCliCodeCache() {
  const scratch = mkdtempSync(join(tmpdir(), 'diplobrief-code-cache-'));
  try {
    cpSync('examples/briefs', join(scratch, 'briefs'), { recursive: true });
    writeFileSync(join(scratch, '.diplobrief.yaml'), 'root: true\nextends: recommended\n');
    const lint = (paths, env = process.env) => spawnSync(process.execPath, [resolve('bin/diplobrief.js'), 'lint', ...paths, '--cache'], { cwd: scratch, env, encoding: 'utf8' });
    lint(['briefs/kigali-green-building-cooperation.brief.md']);
    const run = lint(['briefs'], { ...process.env, DIPLOBRIEF_WRITE_CODE_CACHE: '1' });
    if (!existsSync(CLI_CODE_CACHE)) console.warn(`build: the CLI's code cache was not written (${run.error?.message ?? (run.stderr.trim() || `exit status ${run.status}`)}).`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some ESM dependencies call createRequire(import.meta.url), which a CommonJS bundle lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // jsonc-parser's main build is UMD, whose require('./impl/…') calls a bundle cannot follow.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  write: false,
  plugins: [precompiledValidators, precomputedTerms, writeBundles],
};

// A test file that was removed must not linger as a bundle that still runs.
rmSync('out/test/vscode', { recursive: true, force: true });
// A code cache is only ever of the bundle written with it (see bin/loadBundle.js).
rmSync(CLI_CODE_CACHE, { force: true });

await Promise.all([
  build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts', lintWorker: 'server/src/cli/lintWorker.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist' }),
  // The editor provides `vscode`; the client stays small and holds no engine code.
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  // run() in index.js loads each *.test.js beside it. Mocha's parallel mode, which wants
  // its worker files on disk, is never used in VS Code.
  build({
    ...common,
    entryPoints: ['test/vscode/suite/index.ts', 'test/vscode/suite/*.test.ts'],
    outdir: 'out/test/vscode',
    external: ['vscode'],
    logOverride: { 'require-resolve-not-external': 'silent' },
  }),
]);

// The CLI and the server score: were the module moved, they would build the list at every start again.
if (termLists === undefined) throw new Error('build: no bundle took the precomputed term list; is server/src/analyses/sdg/precomputedTerms.ts where the plugin looks?');

writeCliCodeCache();
