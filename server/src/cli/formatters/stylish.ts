import type { FileResult } from '../lintFiles';
import type { Severity } from '../../engine/types';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
const COLOUR: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 90 };

/** Human output grouped by file, like ESLint's stylish formatter. */
export function formatStylish(results: readonly FileResult[], useColour: boolean): string {
  const paint = (code: number, text: string) => (useColour ? `\u001b[${code}m${text}\u001b[39m` : text);
  const bold = (text: string) => (useColour ? `\u001b[1m${text}\u001b[22m` : text);
  const dim = (text: string) => paint(90, text);
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let fixable = 0;
  let suggested = 0;

  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    lines.push(bold(result.file));
    for (const d of result.diagnostics) {
      counts[d.severity]++;
      if (d.fix) fixable++;
      else if (d.suggestions) suggested++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${dim(where)} ${paint(COLOUR[d.severity], LABEL[d.severity].padEnd(7))} ${d.message}  ${dim(d.rule)}`);
    }
    lines.push('');
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (total === 0) return paint(32, `✔ No problems in ${results.length} file${results.length === 1 ? '' : 's'}.`);
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information + counts.hint} info)`;
  lines.push(paint(counts.error > 0 ? 31 : 33, bold(summary)));
  if (fixable > 0) lines.push(`  ${fixable} can be fixed with --fix.`);
  if (suggested > 0) lines.push(`  ${suggested} ${suggested === 1 ? 'has a suggested edit' : 'have suggested edits'} to review in the editor (--fix leaves them alone).`);
  return lines.join('\n');
}
