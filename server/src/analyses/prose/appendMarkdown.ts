import type { OffsetEdit } from '../../engine/rule';
import type { ParsedBrief } from '../../engine/parseBrief';
import { lineBreakOf } from '../../engine/lineIndex';

/**
 * An edit that adds Markdown blocks at the end of the brief after a blank line, or
 * undefined when the end of the text is inside something that would swallow them: an
 * unclosed front matter, code fence or HTML block. Fixing there would never converge.
 */
export function appendMarkdown(brief: ParsedBrief, lines: string[]): OffsetEdit | undefined {
  if (endIsSwallowed(brief)) return undefined;
  const newline = lineBreakOf(brief.text);
  const end = brief.text.length;
  const separator = /[\r\n]$/.test(brief.text) ? newline : newline + newline;
  return { start: end, end, newText: separator + lines.join(newline) + newline };
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** HTML blocks that only their own terminator closes (CommonMark kinds 1 to 5). */
const TERMINATED_HTML: [opening: RegExp, terminator: RegExp][] = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];

function endIsSwallowed(brief: ParsedBrief): boolean {
  if (brief.frontMatter && !brief.frontMatter.closed) return true;
  const last = brief.tree.children.at(-1);
  const start = last?.position?.start.offset;
  const end = last?.position?.end.offset;
  if (!last || start === undefined || end === undefined) return false;
  const source = brief.text.slice(start, end);
  if (last.type === 'code') {
    const fence = FENCE.exec(source)?.[1];
    if (!fence) return false;
    const closing = new RegExp(`[\\r\\n] {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    return !closing.test(source);
  }
  if (last.type === 'html') {
    for (const [opening, terminator] of TERMINATED_HTML) {
      const open = opening.exec(source);
      if (open) return !terminator.test(source.slice(open[0].length));
    }
  }
  return false;
}
