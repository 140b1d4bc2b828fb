import { LineIndex } from './lineIndex';
import type { Diagnostic, Fix } from './types';

interface OffsetFix {
  edits: { start: number; end: number; newText: string }[];
  start: number;
  end: number;
}

/**
 * Applies every fix that does not touch another one; overlapping fixes wait for the
 * next round (lint again, then apply again). Text outside the edits is never changed.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  const fixes = diagnostics
    .map((d) => d.fix)
    .filter((fix): fix is Fix => fix !== undefined && fix.edits.length > 0)
    .map((fix): OffsetFix => {
      const edits = fix.edits
        .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }))
        .sort((a, b) => a.start - b.start);
      return { edits, start: edits[0].start, end: Math.max(...edits.map((e) => e.end)) };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const accepted: OffsetFix[] = [];
  for (const fix of fixes) {
    if (accepted.every((other) => !overlaps(fix, other))) accepted.push(fix);
  }
  const edits = accepted.flatMap((fix) => fix.edits).sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: result, applied: accepted.length };
}

/** Two fixes conflict when any of their edits touch, insertions at one point included. */
function overlaps(a: OffsetFix, b: OffsetFix): boolean {
  return a.edits.some((x) => b.edits.some((y) => x.start <= y.end && y.start <= x.end));
}

/** Lints and fixes until nothing is left to fix (at most `maxRounds` times). */
export function fixUntilStable(text: string, lintText: (text: string) => Diagnostic[], maxRounds = 10): { text: string; diagnostics: Diagnostic[] } {
  let current = text;
  let diagnostics = lintText(current);
  for (let round = 0; round < maxRounds; round++) {
    const { text: next, applied } = applyFixes(current, diagnostics);
    if (applied === 0 || next === current) break;
    current = next;
    diagnostics = lintText(current);
  }
  return { text: current, diagnostics };
}
