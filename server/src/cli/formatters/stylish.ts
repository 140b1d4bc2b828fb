import type { FileResult } from '../lintFiles';
import type { Severity } from '../../engine/types';
import { paint, stylishBlock, type StylishBlock } from './stylishBlock';

/** The stylish output written a file at a time, as results come, then the summary; each line ends with a newline. */
export class StylishWriter {
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  private files = 0;
  private fixable = 0;
  private suggested = 0;

  constructor(
    private readonly useColour: boolean,
    private readonly write: (lines: string | Uint8Array) => void,
  ) {}

  add(result: FileResult): void {
    this.writeBlock(result.file, stylishBlock(result.diagnostics, this.useColour));
  }

  /** A file's findings as the cache keeps them, unpainted: for a writer that does not paint either. */
  addUnpainted(file: string, block: StylishBlock): void {
    if (this.useColour) throw new Error('A stylish writer that paints cannot write an unpainted block.');
    this.writeBlock(file, block);
  }

  private writeBlock(file: string, { text, counts }: StylishBlock): void {
    this.files++;
    if (counts.error + counts.warning + counts.information + counts.hint === 0) return;
    for (const severity of SEVERITIES) this.counts[severity] += counts[severity];
    this.fixable += counts.fixable;
    this.suggested += counts.suggested;
    this.write(`${this.bold(file)}\n`);
    this.write(text);
    this.write('\n\n');
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
    return paint(this.useColour, code, text);
  }

  private bold(text: string): string {
    return this.useColour ? `\u001b[1m${text}\u001b[22m` : text;
  }
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
