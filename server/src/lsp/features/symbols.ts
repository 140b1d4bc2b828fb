import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { fieldNames, fieldPair, nodeSpan } from '../../engine/frontMatter';
import type { BriefDocument } from '../briefDocument';

/** The outline: the front matter with one child per field, then the sections nested by heading level. */
export function provideDocumentSymbols(document: BriefDocument): DocumentSymbol[] {
  if (!document.isBrief) return [];
  const { brief } = document;
  const range = (start: number, end: number) => brief.lines.rangeOf(start, end);
  const symbols: DocumentSymbol[] = [];
  const frontMatter = brief.frontMatter;
  if (frontMatter) {
    const fields = fieldNames(frontMatter).map(({ name, span }): DocumentSymbol => {
      const value = fieldPair(frontMatter, name)?.value;
      const end = value ? nodeSpan(frontMatter, value).end : span.end;
      const written = value ? brief.text.slice(nodeSpan(frontMatter, value).start, end).replace(/\s+/g, ' ').trim() : '';
      return { name, detail: written.length > 60 ? `${written.slice(0, 59)}…` : written, kind: SymbolKind.Property, range: range(span.start, end), selectionRange: range(span.start, span.end) };
    });
    symbols.push({ name: 'Front matter', kind: SymbolKind.Namespace, range: range(frontMatter.start, frontMatter.end), selectionRange: range(frontMatter.opening.start, frontMatter.opening.end), children: fields });
  }
  const open: { depth: number; symbol: DocumentSymbol }[] = [];
  for (const heading of brief.headings) {
    const symbol: DocumentSymbol = {
      name: heading.title || '(untitled section)',
      kind: SymbolKind.String,
      range: range(heading.start, heading.sectionEnd),
      selectionRange: range(heading.start, heading.end),
      children: [],
    };
    while (open.length > 0 && open[open.length - 1].depth >= heading.depth) open.pop();
    (open.length > 0 ? open[open.length - 1].symbol.children! : symbols).push(symbol);
    open.push({ depth: heading.depth, symbol });
  }
  return symbols;
}
