import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * The GFM constructs of briefs: tables (each cell is a block of prose), footnotes,
 * strikethrough and task lists. GFM's literal autolinks are left out on purpose: that
 * one extension looks at every character of text and made each parse about 70% slower,
 * while all a brief needs of bare URLs is to keep them out of the prose (blankBareLinks).
 */
function briefGfm(this: Processor, options: { tables: boolean }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTaskListItem(), ...(options.tables ? [gfmTable()] : []));
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), ...(options.tables ? [gfmTableFromMarkdown()] : []));
}

const withTables = unified().use(remarkParse).use(briefGfm, { tables: true });
const withoutTables = unified().use(remarkParse).use(briefGfm, { tables: false });

/**
 * Every GFM table has a delimiter row, and in a delimiter row some pipe stands next to
 * a cell of hyphens. Text without that cannot hold a table, and is parsed without the
 * table extension, which costs about a third of a parse even when it finds nothing.
 */
const MAY_HOLD_TABLE = /\|[ \t]*:?-|-:?[ \t]*\|/;

/** CommonMark plus the GFM constructs above. */
export function parseMarkdown(text: string): Root {
  return (MAY_HOLD_TABLE.test(text) ? withTables : withoutTables).parse(text);
}

/** From `http://`, `https://` or `www.` to the next space or `<`, or an e-mail address. */
const BARE_LINK = /\b(?:(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:;*_~'"\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;

/**
 * The text with URLs and e-mail addresses written out in it blanked to spaces, as GFM
 * would have linked them: trailing punctuation, and a closing bracket that closes
 * nothing in the URL, stay text.
 */
export function blankBareLinks(text: string): string {
  return text.replace(BARE_LINK, (link) => {
    let end = link.length;
    while (link[end - 1] === ')' && count(link.slice(0, end), ')') > count(link.slice(0, end), '(')) end--;
    return ' '.repeat(end) + link.slice(end);
  });
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
