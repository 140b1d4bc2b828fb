import type { Diagnostic, Severity } from '../../engine/types';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
const COLOUR: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 90 };

/**
 * A file's findings as stylish shows them, but for the file's own line: what `--cache` keeps of
 * each file, so that a re-run writes the findings of unchanged files without parsing them.
 */
export interface StylishBlock {
  /** A line per finding, without a newline after the last; as UTF-8 when read from the cache, and written as it is. */
  text: string | Uint8Array;
  counts: Record<Severity | 'fixable' | 'suggested', number>;
}

/** The block of a file's findings; painted only for a terminal (a cached block never is). */
export function stylishBlock(diagnostics: readonly Diagnostic[], useColour: boolean): StylishBlock {
  const counts = { error: 0, warning: 0, information: 0, hint: 0, fixable: 0, suggested: 0 };
  const lines = diagnostics.map((d) => {
    counts[d.severity]++;
    if (d.fix) counts.fixable++;
    else if (d.suggestions) counts.suggested++;
    const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
    return `  ${dim(useColour, where)} ${paint(useColour, COLOUR[d.severity], LABEL[d.severity].padEnd(7))} ${d.message}  ${dim(useColour, d.rule)}`;
  });
  return { text: lines.join('\n'), counts };
}

export function paint(useColour: boolean, code: number, text: string): string {
  return useColour ? `\u001b[${code}m${text}\u001b[39m` : text;
}

function dim(useColour: boolean, text: string): string {
  return paint(useColour, 90, text);
}
