/**
 * Paragraphs of real writing, labelled by reading with the goals each is clearly about: the
 * UNDP Accelerator Labs pages and the public policy texts of ../shared/data. The labels file
 * (test/fixtures/sdg-eval/real-paragraphs.jsonl) says where each paragraph is and what it is
 * about; the text itself stays in ../shared, which DiploBrief never ships.
 *
 * `npx tsx scripts/sdg/realParagraphs.ts --sample` prints the candidates the labels were made
 * on, one JSON object a line: drawn once, with a fixed order, before any was scored.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDevPages, splitOf } from './devData';

const SHARED_DATA = join(__dirname, '..', '..', '..', 'shared', 'data');
export const REAL_PARAGRAPH_LABELS = join(__dirname, '..', '..', 'test', 'fixtures', 'sdg-eval', 'real-paragraphs.jsonl');

export interface RealParagraph {
  id: string;
  /** `undp#<page id>` or `real-texts/<folder>/<file>`. */
  source: string;
  start: number;
  end: number;
  lang: string;
  split: 'tune' | 'held-out';
  text: string;
}

export interface LabelledRealParagraph extends RealParagraph {
  /** The goals both readers found the paragraph clearly about. */
  goals: string[];
  /** The goals one reader found and the other did not: counted neither right nor wrong. */
  debatable: string[];
}

const MIN_WORDS = 50;
const MAX_WORDS = 200;
const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
/** Prose paragraphs only: not headings, lists, tables, quotes, components or tag lines. */
const NOT_PROSE = /^\s*(?:#|\||<|!|[-*+>]\s|\d+[.)]\s|---|\[\[|```)/;

function paragraphsOf(source: string, text: string, lang: string, split: RealParagraph['split']): Omit<RealParagraph, 'id'>[] {
  const found: Omit<RealParagraph, 'id'>[] = [];
  const block = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (let match = block.exec(text); match; match = block.exec(text)) {
    const paragraph = match[0];
    const count = words(paragraph);
    if (NOT_PROSE.test(paragraph) || count < MIN_WORDS || count > MAX_WORDS) continue;
    found.push({ source, start: match.index, end: match.index + paragraph.length, lang, split, text: paragraph });
  }
  return found;
}

function realTextSources(): { source: string; text: string; split: RealParagraph['split'] }[] {
  const root = join(SHARED_DATA, 'real-texts');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(root, folder.name))
        .filter((name) => name.endsWith('.md'))
        .map((name) => ({ source: `real-texts/${folder.name}/${name}`, text: readFileSync(join(root, folder.name, name), 'utf8'), split: splitOf(name) })),
    );
}

/** A fixed pseudo-random order that does not depend on the files' order. */
const shuffleKey = (paragraph: Omit<RealParagraph, 'id'>) => createHash('sha256').update(`${paragraph.source}:${paragraph.start}`).digest('hex');

/** At most `perSource` paragraphs of each page or document, `count` in all, in the fixed order. */
function draw(candidates: Omit<RealParagraph, 'id'>[], count: number, perSource: number): Omit<RealParagraph, 'id'>[] {
  const taken = new Map<string, number>();
  const drawn: Omit<RealParagraph, 'id'>[] = [];
  for (const paragraph of [...candidates].sort((a, b) => shuffleKey(a).localeCompare(shuffleKey(b)))) {
    if (drawn.length === count) break;
    if ((taken.get(paragraph.source) ?? 0) >= perSource) continue;
    taken.set(paragraph.source, (taken.get(paragraph.source) ?? 0) + 1);
    drawn.push(paragraph);
  }
  return drawn;
}

export function sampleParagraphs(): RealParagraph[] {
  const pages = readDevPages().flatMap((page) => paragraphsOf(`undp#${page.id}`, page.text, page.lang, page.split));
  const realTexts = realTextSources().flatMap((document) => paragraphsOf(document.source, document.text, 'en', document.split));
  const strata = [
    draw(pages.filter((p) => p.lang === 'en' && p.split === 'tune'), 60, 1),
    draw(pages.filter((p) => p.lang === 'en' && p.split === 'held-out'), 60, 1),
    draw(realTexts.filter((p) => p.split === 'tune'), 15, 1),
    draw(realTexts.filter((p) => p.split === 'held-out'), 15, 1),
    draw(pages.filter((p) => p.lang === 'es'), 15, 1),
    draw(pages.filter((p) => p.lang === 'fr'), 15, 1),
  ];
  return strata.flat().map((paragraph, index) => ({ id: `p${String(index + 1).padStart(3, '0')}`, ...paragraph }));
}

/** The labelled paragraphs with their text read from ../shared; none when it is not beside the project. */
export function readRealParagraphs(): LabelledRealParagraph[] {
  if (!existsSync(SHARED_DATA) || !existsSync(REAL_PARAGRAPH_LABELS)) return [];
  const texts = new Map(sampleParagraphs().map((paragraph) => [paragraph.id, paragraph]));
  return readFileSync(REAL_PARAGRAPH_LABELS, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const label = JSON.parse(line) as { id: string; source: string; start: number; goals: number[]; debatable: number[] };
      const paragraph = texts.get(label.id);
      if (!paragraph || paragraph.source !== label.source || paragraph.start !== label.start) throw new Error(`${label.id}: the paragraph at ${label.source}:${label.start} is no longer drawn; the sample changed.`);
      return { ...paragraph, goals: label.goals.map(String), debatable: label.debatable.map(String) };
    });
}

if (require.main === module && process.argv.includes('--sample')) {
  for (const paragraph of sampleParagraphs()) console.log(JSON.stringify(paragraph));
}
