/**
 * DiploBrief's findings on real writing, matched with the findings a reviewer judged.
 * The documents are public texts beside the project (`../shared/data`), linted as briefs
 * with the built-in defaults; `judged.jsonl` beside this file holds the verdicts. Used by
 * `npm run eval:real` and by the test that keeps judged-wrong findings from coming back.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/pipeline/defaults';
import { defaultConfig, withOverrides } from '../../server/src/config/resolveConfig';
import { PRESETS } from '../../server/src/config/presets';
import type { Diagnostic } from '../../server/src/engine/types';

export const SHARED_DATA = join(__dirname, '..', '..', '..', 'shared', 'data');
const JUDGED_FILE = join(__dirname, 'judged.jsonl');
const UNDP_FILE = 'sdg-labelled/undp-dev.jsonl';

export type Verdict = 'right' | 'wrong' | 'debatable';
export type Split = 'tune' | 'held-out';

/** A finding as a reviewer writes it down: its document, place, rule, message and text. */
interface FindingPlace {
  file: string;
  split: Split;
  /** 1-based, as in the original document. */
  line: number;
  rule: string;
  message: string;
  excerpt: string;
}

export interface Judged extends FindingPlace {
  verdict: Verdict;
  why: string;
  pattern: string;
  /**
   * A finding judged wrong that DiploBrief still reports, known and counted in its rule's
   * precision; any other wrong finding that appears has come back.
   */
  open?: boolean;
}

export interface RealDocument {
  /** Relative to `../shared/data`; a UNDP page is `sdg-labelled/undp-dev.jsonl#<id>`. */
  file: string;
  split: Split;
  text: string;
  words: number;
  /** A UNDP page's title, given to it in the front matter it is linted with. */
  title?: string;
}

export interface Finding extends FindingPlace {
  /** All the text the finding covers, up to 1,000 characters, for reading it in context. */
  covered: string;
  diagnostic: Diagnostic;
  judged?: Judged;
}

/** Held out or tuned on, by the parity of the sum of the character codes of the name. */
export function splitOf(name: string): Split {
  let sum = 0;
  for (const char of name) sum += char.charCodeAt(0);
  return sum % 2 === 1 ? 'held-out' : 'tune';
}

export function realTextsAvailable(): boolean {
  return existsSync(join(SHARED_DATA, 'real-texts')) && existsSync(join(SHARED_DATA, UNDP_FILE));
}

const judgedLines = () => readFileSync(JUDGED_FILE, 'utf8').split('\n').filter((line) => line.trim() !== '');

export function readJudged(): Judged[] {
  return judgedLines().map((line) => JSON.parse(line) as Judged);
}

const OPEN = ', "open": true}';

/**
 * Marks the wrong findings still reported as open and the others as not, touching only
 * those lines' ends so that the file's diff shows what changed.
 */
export function recordOpen(findings: readonly Finding[]): { opened: number; closed: number } {
  const stillWrong = new Set(findings.filter((f) => f.judged?.verdict === 'wrong').map((f) => f.judged!));
  const judged = readJudged();
  let opened = 0;
  let closed = 0;
  const lines = judgedLines().map((line, i) => {
    const wasOpen = line.endsWith(OPEN);
    const isOpen = [...stillWrong].some((f) => sameJudgement(f, judged[i]));
    if (wasOpen === isOpen) return line;
    if (isOpen) opened++;
    else closed++;
    return isOpen ? `${line.slice(0, -1)}${OPEN}` : `${line.slice(0, -OPEN.length)}}`;
  });
  writeFileSync(JUDGED_FILE, `${lines.join('\n')}\n`);
  return { opened, closed };
}

export const sameJudgement = (a: Judged, b: Judged) => a.file === b.file && a.line === b.line && a.rule === b.rule && a.excerpt === b.excerpt && a.message === b.message;

const wordCount = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

/**
 * The corpus: every document of `real-texts/`, and the UNDP pages that have judged findings
 * (or every UNDP page, for a wider look).
 */
export function readCorpus(options: { allUndpPages?: boolean } = {}): RealDocument[] {
  const documents: RealDocument[] = [];
  const realTexts = join(SHARED_DATA, 'real-texts');
  for (const folder of readdirSync(realTexts, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const name of readdirSync(join(realTexts, folder)).filter((name) => name.endsWith('.md')).sort()) {
      const text = readFileSync(join(realTexts, folder, name), 'utf8');
      documents.push({ file: `real-texts/${folder}/${name}`, split: splitOf(name), text, words: wordCount(text) });
    }
  }
  const judgedPages = new Set(readJudged().filter((j) => j.file.startsWith(`${UNDP_FILE}#`)).map((j) => j.file.slice(UNDP_FILE.length + 1)));
  for (const line of readFileSync(join(SHARED_DATA, UNDP_FILE), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const page = JSON.parse(line) as { id: string; title: string; text: string };
    if (!options.allUndpPages && !judgedPages.has(page.id)) continue;
    documents.push({ file: `${UNDP_FILE}#${page.id}`, split: splitOf(page.id), text: page.text, words: wordCount(page.text), title: page.title });
  }
  return documents;
}

/**
 * A finding's place as a reviewer wrote it down: file, line, rule and the start of the text
 * it covers (excerpts were cut at different lengths; messages change as rules improve).
 */
const keyOf = (f: { file: string; line: number; rule: string; excerpt: string; message: string }) => `${f.file}\u0000${f.line}\u0000${f.rule}\u0000${f.excerpt.slice(0, 60)}\u0000${goalNamed(f.message)}`;

/**
 * The goal an SDG finding is about: the SDG rules report every goal at the same place (the
 * front matter), so a verdict on one goal must never pass to another.
 */
const goalNamed = (message: string) => /\bSDG (\d+)/.exec(message)?.[1] ?? '';

/**
 * The verdict for a finding, each used once: the one on the same message, else the latest
 * written (verdicts are appended as messages change, so the last is on the nearest message).
 */
function takeVerdict(verdicts: Judged[] | undefined, message: string): Judged | undefined {
  if (!verdicts || verdicts.length === 0) return undefined;
  const same = verdicts.findIndex((j) => j.message === message);
  return verdicts.splice(same >= 0 ? same : verdicts.length - 1, 1)[0];
}

/** The text a finding covers, from the document's lines, up to 1,000 characters. */
function coveredText(lines: readonly string[], diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  const covered = lines.slice(start.line, end.line + 1);
  covered[covered.length - 1] = covered[covered.length - 1].slice(0, end.character);
  covered[0] = covered[0].slice(start.character);
  return covered.join('\n').slice(0, 1000);
}

/**
 * The document as a team would lint it, its front matter saying `type: policy-brief`: the
 * line written in place of the document's own `type:`, or added after the opening `---`, or
 * a front matter of its own (with the page's title) when it has none; findings are placed
 * back on the original lines.
 */
function asBrief(text: string, title?: string): { text: string; originalLine: (line: number) => number } {
  const lines = text.split('\n');
  if (lines[0].trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    const typeLine = lines.findIndex((line, i) => i > 0 && i < close && /^type:/.test(line));
    if (typeLine > 0) {
      lines[typeLine] = 'type: policy-brief';
      return { text: lines.join('\n'), originalLine: (line) => line };
    }
    // Front matter written as JSON (YAML reads it): the key goes inside its braces, where a YAML line would break it.
    if (lines[1]?.trim() === '{') {
      lines.splice(2, 0, '"type": "policy-brief",');
      return { text: lines.join('\n'), originalLine: (line) => (line <= 2 ? line : line - 1) };
    }
    lines.splice(1, 0, 'type: policy-brief');
    return { text: lines.join('\n'), originalLine: (line) => (line <= 1 ? 0 : line - 1) };
  }
  const added = ['---', ...(title ? [`title: ${JSON.stringify(title)}`] : []), 'type: policy-brief', '---', ''];
  return { text: `${added.join('\n')}\n${text}`, originalLine: (line) => Math.max(0, line - added.length) };
}

/** Lints each document as a brief (built-in defaults, or a preset) and attaches the verdicts. */
export function lintCorpus(documents: readonly RealDocument[], options: { preset?: string } = {}): Finding[] {
  let config = defaultConfig();
  if (options.preset && options.preset !== 'recommended') {
    // Presets extend the built-in one, which the default config already holds.
    const { extends: _recommended, ...preset } = PRESETS[options.preset] ?? {};
    const layered = withOverrides(config, preset);
    if (layered.problems.length > 0) throw new Error(layered.problems.join(' '));
    config = layered.config;
  }
  const judged = new Map<string, Judged[]>();
  for (const j of readJudged()) judged.set(keyOf(j), [...(judged.get(keyOf(j)) ?? []), j]);
  const findings: Finding[] = [];
  for (const document of documents) {
    const brief = asBrief(document.text, document.title);
    const lines = brief.text.split(/\r\n|\r|\n/);
    for (const diagnostic of lint(brief.text, { path: document.file, config })) {
      const line = brief.originalLine(diagnostic.range.start.line);
      const covered = coveredText(lines, diagnostic);
      const finding: Finding = {
        file: document.file,
        split: document.split,
        line: line + 1,
        rule: diagnostic.rule,
        message: diagnostic.message,
        excerpt: covered.split('\n')[0].slice(0, 120),
        covered,
        diagnostic,
      };
      finding.judged = takeVerdict(judged.get(keyOf(finding)), finding.message);
      findings.push(finding);
    }
  }
  return findings;
}

export interface RuleFigures {
  rule: string;
  findings: number;
  right: number;
  wrong: number;
  debatable: number;
  unjudged: number;
}

export function figuresByRule(findings: readonly Finding[]): RuleFigures[] {
  const byRule = new Map<string, RuleFigures>();
  for (const finding of findings) {
    let figures = byRule.get(finding.rule);
    if (!figures) byRule.set(finding.rule, (figures = { rule: finding.rule, findings: 0, right: 0, wrong: 0, debatable: 0, unjudged: 0 }));
    figures.findings++;
    figures[finding.judged?.verdict ?? 'unjudged']++;
  }
  return [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

/** Judged precision: right over right and wrong; debatable findings count as neither. */
export const precision = (f: Pick<RuleFigures, 'right' | 'wrong'>) => (f.right + f.wrong === 0 ? undefined : f.right / (f.right + f.wrong));
/** Strict precision: right over every judged finding, debatable ones counted against. */
export const strictPrecision = (f: Pick<RuleFigures, 'right' | 'wrong' | 'debatable'>) => (f.right + f.wrong + f.debatable === 0 ? undefined : f.right / (f.right + f.wrong + f.debatable));
