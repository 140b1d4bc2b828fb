import type { FileResult } from '../lintFiles';
import type { Severity } from '../../engine/types';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
const COLOUR: Record<Severity, number> = { error: 31, warning: 33, information: 36, hint: 90 };

/** Human output grouped by file, like ESLint's stylish formatter. */
export function formatStylish(results: readonly FileResult[], useColour: boolean): string {
  let text = '';
  const writer = new StylishWriter(useColour, (lines) => (text += lines));
  for (const result of results) writer.add(result);
  writer.end();
  return text.slice(0, -1);
}

/** The stylish output written a file at a time, as results come, then the summary; each line ends with a newline. */
export class StylishWriter {
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  private files = 0;
  private fixable = 0;
  private suggested = 0;

  constructor(
    private readonly useColour: boolean,
    private readonly write: (lines: string) => void,
  ) {}

  add(result: FileResult): void {
    this.files++;
    if (result.diagnostics.length === 0) return;
    const lines = [this.bold(result.file)];
    for (const d of result.diagnostics) {
      this.counts[d.severity]++;
      if (d.fix) this.fixable++;
      else if (d.suggestions) this.suggested++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${this.dim(where)} ${this.paint(COLOUR[d.severity], LABEL[d.severity].padEnd(7))} ${d.message}  ${this.dim(d.rule)}`);
    }
    lines.push('', '');
    this.write(lines.join('\n'));
  }

  end(): void {
    const { counts, files, fixable, suggested } = this;
    const total = counts.error + counts.warning + counts.information + counts.hint;
    if (total === 0) return this.write(`${this.paint(32, `✔ No problems in ${files} file${files === 1 ? '' : 's'}.`)}\n`);
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.information + counts.hint} info)`;
    const lines = [this.paint(counts.error > 0 ? 31 : 33, this.bold(summary))];
    if (fixable > 0) lines.push(`  ${fixable} can be fixed with --fix.`);
    if (suggested > 0) lines.push(`  ${suggested} ${suggested === 1 ? 'has a suggested edit' : 'have suggested edits'} to review in the editor (--fix leaves them alone).`);
    this.write(`${lines.join('\n')}\n`);
  }

  private paint(code: number, text: string): string {
    return this.useColour ? `\u001b[${code}m${text}\u001b[39m` : text;
  }

  private bold(text: string): string {
    return this.useColour ? `\u001b[1m${text}\u001b[22m` : text;
  }

  private dim(text: string): string {
    return this.paint(90, text);
  }
}
