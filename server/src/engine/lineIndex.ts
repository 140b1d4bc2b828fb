import type { Position, Range } from './types';

/**
 * Maps UTF-16 offsets to LSP positions and back. Line breaks are \n, \r\n and a
 * lone \r, as the LSP specification defines them.
 */
export class LineIndex {
  /** Offset at which each line starts; found on first use, as a data file's index places only its problems, if it has any. */
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private get lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /**
   * The range between two offsets, widened so it never cuts an astral character (an
   * emoji is two UTF-16 units): YAML's error spans, for one, are a unit wide. An empty
   * range stays empty, before the character.
   */
  rangeOf(start: number, end: number): Range {
    const from = this.insidePair(start) ? start - 1 : start;
    const to = end === start ? from : this.insidePair(end) ? end + 1 : end;
    return { start: this.positionAt(from), end: this.positionAt(to) };
  }

  /** True when the offset falls between the two halves of a surrogate pair. */
  private insidePair(offset: number): boolean {
    const low = this.text.charCodeAt(offset);
    const high = this.text.charCodeAt(offset - 1);
    return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the line's end, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    const next = this.lineStarts[line + 1];
    const crlf = this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13;
    return crlf ? next - 2 : next - 1;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The text's own line break (its first one), so a fix never mixes \n into a \r\n or \r file. */
export function lineBreakOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/**
 * Lone CRs turned into LFs, keeping every offset: the yaml package only breaks lines at
 * \n and \r\n, and reads a classic-Mac file as one long line.
 */
export function loneCrAsLf(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}
