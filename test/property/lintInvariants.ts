/**
 * What must hold for every text the engine is given, brief or not. Each check throws an
 * Error that names the broken promise; fast-check then shrinks the text that broke it.
 */
import { strict as assert } from 'node:assert';
import { applyFixes, fixUntilStable } from '../../server/src/engine/applyFixes';
import { LineIndex } from '../../server/src/engine/lineIndex';
import type { Diagnostic, Range } from '../../server/src/engine/types';

export type LintText = (text: string) => Diagnostic[];

/** The engine's message for a rule that threw; it must never appear. */
const INTERNAL_ERROR = /failed on this brief/;

const BOM = '\uFEFF';

export function checkLintInvariants(text: string, lintText: LintText, otherText: string): void {
  // A warning lands on stderr: noise in the CLI's output, and in the language server's log.
  const warnings: string[] = [];
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error) => warnings.push(String(warning))) as typeof process.emitWarning;
  try {
    checkLinting(text, lintText, otherText);
  } finally {
    process.emitWarning = emitWarning;
  }
  assert.deepEqual(warnings, [], 'the engine emitted a process warning');
}

function checkLinting(text: string, lintText: LintText, otherText: string): void {
  const diagnostics = lintText(text);
  checkDiagnostics(text, diagnostics);

  // Deterministic, and no state leaks from one text into the next.
  lintText(otherText);
  assert.deepEqual(lintText(text), diagnostics, 'linting the same text twice gave different results');

  // An editor hides a byte order mark but LSP counts it: it must move line 1 one unit right and change nothing else.
  if (!text.startsWith(BOM)) assert.deepEqual(lintText(BOM + text), behindBom(diagnostics), 'a byte order mark changed a finding beyond moving line 1 one unit right');

  checkOneRoundOfFixes(text, diagnostics);
  // The text's findings are known already; fixUntilStable's last lint is of the text it returns.
  const fixed = fixUntilStable(text, (next) => (next === text ? diagnostics : lintText(next)));
  checkDiagnostics(fixed.text, fixed.diagnostics);
  const again = applyFixes(fixed.text, fixed.diagnostics);
  assert.equal(again.text, fixed.text, 'fixes did not converge: another round after fixing until stable still changed the text');
}

export function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = new LineIndex(text);
  for (const diagnostic of diagnostics) {
    const where = `${diagnostic.rule}: ${diagnostic.message}`;
    assert.doesNotMatch(diagnostic.message, INTERNAL_ERROR, 'a rule threw');
    checkRange(lines, diagnostic.range, where);
    for (const edit of diagnostic.fix?.edits ?? []) checkRange(lines, edit.range, `fix of ${where}`);
    const edits = [...(diagnostic.fix?.edits ?? [])].map((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0]);
    edits.slice(1).forEach(([start], i) => assert.ok(start >= edits[i][1], `the edits of one fix overlap: ${where}`));
    assert.deepEqual(JSON.parse(JSON.stringify(diagnostic)), diagnostic, `the diagnostic does not survive JSON (LSP, --format json): ${where}`);
  }
}

/** The findings with every position on line 1 (in ranges, fix edits and data) one unit further right. */
function behindBom<T>(value: T): T {
  if (Array.isArray(value)) return value.map(behindBom) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, field]) => [key, behindBom(field)]);
  const moved = Object.fromEntries(entries) as Record<string, unknown>;
  if (moved.line === 0 && typeof moved.character === 'number') moved.character += 1;
  return moved as T;
}

function checkRange(lines: LineIndex, range: Range, where: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `a position is not whole numbers: ${where}`);
    assert.ok(position.line >= 0 && position.line < lines.lineCount, `line ${position.line} is outside the ${lines.lineCount} lines: ${where}`);
    const length = lines.lineEnd(position.line) - lines.lineStart(position.line);
    assert.ok(position.character >= 0 && position.character <= length, `character ${position.character} is past line ${position.line}'s ${length} units: ${where}`);
    const offset = lines.offsetAt(position);
    assert.ok(!splitsSurrogatePair(lines.text, offset), `a position falls inside a surrogate pair (an emoji or other astral character): ${where}`);
  }
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `the range ends before it starts: ${where}`);
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * One round of fixes leaves every character outside the fixes' edit ranges where it was:
 * the stretches between edits appear in the result, in order, with only new text between.
 */
function checkOneRoundOfFixes(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = new LineIndex(text);
  const spans = diagnostics
    .flatMap((d) => d.fix?.edits ?? [])
    .map((e) => [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)])
    .sort((a, b) => a[0] - b[0]);
  const { text: result } = applyFixes(text, diagnostics);
  if (spans.length === 0) {
    assert.equal(result, text, 'applying no fixes changed the text');
    return;
  }
  const kept: string[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    if (start > from) kept.push(text.slice(from, start));
    from = Math.max(from, end);
  }
  const head = text.slice(0, spans[0][0]);
  const tail = text.slice(from);
  assert.ok(result.startsWith(head), 'a fix changed text before the first edit');
  assert.ok(result.endsWith(tail), 'a fix changed text after the last edit');
  let cursor = head.length;
  for (const stretch of kept.slice(head ? 1 : 0)) {
    const found = result.indexOf(stretch, cursor);
    assert.ok(found >= 0 && found + stretch.length <= result.length - tail.length, `a fix changed text outside its edits: ${JSON.stringify(stretch.slice(0, 80))}`);
    cursor = found + stretch.length;
  }
}
