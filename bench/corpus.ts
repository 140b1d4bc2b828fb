import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateBrief, seededRandom } from './generateBrief';

/** Generated briefs live here; the folder is ignored by git. */
export const CORPUS_DIR = join(__dirname, 'corpus');
export const WORKSPACE_DIR = join(CORPUS_DIR, 'workspace');

/** The single briefs the engine is timed on, by body word count. */
export const SINGLE_SIZES = [1_000, 1_500, 5_000, 10_000, 100_000] as const;
export const CORPUS_BRIEFS = 1_000;
const SEED = 20_250_701;

export interface Corpus {
  /** Path of the single brief of each size. */
  single: Map<number, string>;
  /** The 1,000 briefs of the workspace, sorted. */
  briefs: string[];
  words: number;
}

/** A manifest names files relative to its folder, so a corpus copied or moved elsewhere still names its own files. */
const relativeTo = (dir: string, paths: readonly string[]) => paths.map((path) => relative(dir, path));
const resolvedIn = (dir: string, paths: readonly string[]) => paths.map((path) => join(dir, path));

/**
 * Writes the corpus once; later runs reuse it while the generator is unchanged, so
 * every tool reads the same files and nobody waits for them to be written again.
 */
export function ensureCorpus(): Corpus {
  const manifestPath = join(CORPUS_DIR, 'manifest.json');
  const version = createHash('sha256').update(readFileSync(join(__dirname, 'generateBrief.ts'))).update(readFileSync(__filename)).digest('hex');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; corpus: { single: [number, string][]; briefs: string[]; words: number } };
    if (manifest.version === version) {
      const { single, briefs, words } = manifest.corpus;
      return { single: new Map(single.map(([size, path]) => [size, join(CORPUS_DIR, path)])), briefs: resolvedIn(CORPUS_DIR, briefs), words };
    }
  }
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  const single = new Map<number, string>();
  mkdirSync(join(CORPUS_DIR, 'single'), { recursive: true });
  for (const size of SINGLE_SIZES) {
    const path = join(CORPUS_DIR, 'single', `brief-${size}.brief.md`);
    writeFileSync(path, generateBrief(SEED + size, size));
    single.set(size, path);
  }

  const corpus = { single, ...writeWorkspace(WORKSPACE_DIR, CORPUS_BRIEFS) };
  const written = { single: [...single].map(([size, path]) => [size, relative(CORPUS_DIR, path)]), briefs: relativeTo(CORPUS_DIR, corpus.briefs), words: corpus.words };
  writeFileSync(manifestPath, JSON.stringify({ version, corpus: written }));
  return corpus;
}

/**
 * A team's repository: a root config and one folder per programme, briefs of 600 to 2,400
 * words. The first thousand briefs of a larger workspace are those of the 1,000-brief one.
 */
function writeWorkspace(dir: string, count: number): { briefs: string[]; words: number } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.diplobrief.yaml'), 'root: true\nextends: recommended\nlanguage: en-GB\n');
  const random = seededRandom(SEED);
  const briefs: string[] = [];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `programme-${String(i % 20).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const size = 600 + Math.floor(random() * 1_800);
    const path = join(folder, `brief-${String(i).padStart(4, '0')}.brief.md`);
    writeFileSync(path, generateBrief(SEED + 1_000_000 + i, size));
    briefs.push(path);
    words += size;
  }
  return { briefs: briefs.sort(), words };
}

export const LARGE_WORKSPACE_BRIEFS = 10_000;
export const LARGE_WORKSPACE_DIR = join(CORPUS_DIR, `workspace-${LARGE_WORKSPACE_BRIEFS}`);

/** The 10,000-brief workspace, written on first use (it takes a minute) and kept while the generator is unchanged. */
export function ensureLargeWorkspace(): { briefs: string[]; words: number } {
  const manifestPath = join(LARGE_WORKSPACE_DIR, 'manifest.json');
  const version = createHash('sha256').update(readFileSync(join(__dirname, 'generateBrief.ts'))).update(readFileSync(__filename)).digest('hex');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; workspace: { briefs: string[]; words: number } };
    if (manifest.version === version) return { briefs: resolvedIn(LARGE_WORKSPACE_DIR, manifest.workspace.briefs), words: manifest.workspace.words };
  }
  rmSync(LARGE_WORKSPACE_DIR, { recursive: true, force: true });
  const workspace = writeWorkspace(LARGE_WORKSPACE_DIR, LARGE_WORKSPACE_BRIEFS);
  writeFileSync(manifestPath, JSON.stringify({ version, workspace: { briefs: relativeTo(LARGE_WORKSPACE_DIR, workspace.briefs), words: workspace.words } }));
  return workspace;
}
