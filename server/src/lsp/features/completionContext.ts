import type { Span } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';

/** Where the cursor is, as far as completion cares; read from the line's text, so half-typed YAML works too. */
export type CompletionPlace =
  | { kind: 'key'; prefix: string; replace: Span }
  | { kind: 'value'; key: string; prefix: string; replace: Span; quoted: boolean }
  | { kind: 'citation'; prefix: string; replace: Span; bracketed: boolean }
  | { kind: 'sdgMention'; sdgKind: 'goal' | 'target' | 'indicator'; prefix: string; replace: Span };

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;
const VALUE_TOKEN = /[^\s[\],'"]*$/;
const TOKEN_REST = /^[^\s[\],'"]*/;
const CITATION = /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
const GOAL_MENTION = /(?<![\p{L}\p{N}])(?:SDGs?|ODS|ODD|[Gg]oals?|[Oo]bjetivos?|[Oo]bjectifs?)[ \u00A0](\d{0,2})$/u;
const TARGET_MENTION = /(?<![\p{L}\p{N}])(?:[Tt]argets?|[Mm]etas?|[Cc]ibles?)[ \u00A0](\d{0,2}\.?[0-9a-z]{0,2})$/u;
const INDICATOR_MENTION = /(?<![\p{L}\p{N}])(?:[Ii]ndicators?|[Ii]ndicadore?s?|[Ii]ndicateurs?)[ \u00A0](\d{0,2}(?:\.[0-9a-z]{0,2}(?:\.\d{0,2})?)?)$/u;

export function completionPlace(brief: ParsedBrief, offset: number): CompletionPlace | undefined {
  const line = brief.lines.positionAt(offset).line;
  const lineStart = brief.lines.lineStart(line);
  const before = brief.text.slice(lineStart, offset);
  const after = brief.text.slice(offset, brief.lines.lineEnd(line));
  const frontMatter = brief.frontMatter;
  if (frontMatter && offset >= frontMatter.contentStart && offset <= frontMatter.contentEnd) {
    return frontMatterPlace(brief, line, lineStart, before, after, offset);
  }
  return bodyPlace(brief, before, after, offset);
}

function frontMatterPlace(brief: ParsedBrief, line: number, lineStart: number, before: string, after: string, offset: number): CompletionPlace | undefined {
  const rest = TOKEN_REST.exec(after)![0].length;
  if (/^[A-Za-z_][\w-]*$|^$/.test(before)) {
    return { kind: 'key', prefix: before, replace: { start: lineStart, end: offset + /^[\w-]*/.exec(after)![0].length } };
  }
  const keyLine = KEY_LINE.exec(before);
  let key = keyLine?.[1];
  const valueText = keyLine ? keyLine[2] : /^[ \t]*(?:-[ \t]*)?(.*)$/.exec(before)?.[1];
  if (!keyLine && /^[ \t]|^-/.test(before)) key = keyAbove(brief, line);
  if (key === undefined || valueText === undefined) return undefined;
  const prefix = VALUE_TOKEN.exec(valueText)![0];
  const tokenStart = offset - prefix.length;
  const quoted = /["']/.test(brief.text.charAt(tokenStart - 1));
  return { kind: 'value', key, prefix, replace: { start: tokenStart, end: offset + rest }, quoted };
}

/** The top-level key whose block holds this line (for list items written under it). */
function keyAbove(brief: ParsedBrief, line: number): string | undefined {
  for (let current = line - 1; current >= 0; current--) {
    const text = brief.text.slice(brief.lines.lineStart(current), brief.lines.lineEnd(current));
    const key = KEY_LINE.exec(text);
    if (key) return key[1];
    if (text.startsWith('---')) return undefined;
  }
  return undefined;
}

function bodyPlace(brief: ParsedBrief, before: string, after: string, offset: number): CompletionPlace | undefined {
  // Only where the text is prose: not in code, HTML or link targets.
  const isProse = (at: number) => brief.prose.charAt(at) === brief.text.charAt(at) && brief.text.charAt(at).trim() !== '';
  const citation = CITATION.exec(before);
  if (citation) {
    const at = offset - citation[0].length;
    if (!isProse(at)) return undefined;
    const rest = /^[\p{L}\p{N}_:.#$%&+?<>~/-]*/u.exec(after)![0].length;
    return { kind: 'citation', prefix: citation[1], replace: { start: offset - citation[1].length, end: offset + rest }, bracketed: /\[[^\]]*$/.test(before.slice(0, -citation[0].length)) };
  }
  for (const [pattern, sdgKind] of [
    [GOAL_MENTION, 'goal'],
    [TARGET_MENTION, 'target'],
    [INDICATOR_MENTION, 'indicator'],
  ] as const) {
    const mention = pattern.exec(before);
    if (!mention || !isProse(offset - mention[0].length)) continue;
    return { kind: 'sdgMention', sdgKind, prefix: mention[1], replace: { start: offset - mention[1].length, end: offset + /^[0-9a-z.]*/.exec(after)![0].length } };
  }
  return undefined;
}

