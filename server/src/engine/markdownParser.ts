import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Construct, Extension, TokenizeContext } from 'micromark-util-types';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * The GFM constructs of briefs: tables (each cell is a block of prose), footnotes,
 * strikethrough and task lists. GFM's literal autolinks are left out on purpose: that
 * one extension looks at every character of text and made each parse about 70% slower,
 * while all a brief needs of bare URLs is to keep them out of the prose (blankBareLinks).
 */
interface Constructs {
  tables: boolean;
  footnotes: boolean;
  strikethrough: boolean;
  taskLists: boolean;
}

function briefGfm(this: Processor, constructs: Constructs): void {
  const data = this.data();
  const when = <T>(wanted: boolean, extension: () => T): T[] => (wanted ? [extension()] : []);
  (data.micromarkExtensions ??= []).push(
    ...when(constructs.footnotes, gfmFootnote),
    ...when(constructs.strikethrough, gfmStrikethrough),
    ...when(constructs.taskLists, gfmTaskListItem),
    ...when(constructs.tables, tablesBeforeDelimiterRows),
  );
  (data.fromMarkdownExtensions ??= []).push(
    ...when(constructs.footnotes, gfmFootnoteFromMarkdown),
    ...when(constructs.strikethrough, gfmStrikethroughFromMarkdown),
    ...when(constructs.taskLists, gfmTaskListItemFromMarkdown),
    ...when(constructs.tables, gfmTableFromMarkdown),
  );
}

/**
 * Each extension is tried wherever its construct could start, and costs time even when it
 * finds nothing (tables about a third of a parse), so a text is parsed with only those
 * whose mark it holds: every GFM table has a delimiter row, where some pipe stands next to
 * a cell of hyphens; a footnote opens with `[^`, strikethrough with `~`, a task with a
 * box (`[ ]`, `[x]`). Without the mark the extension adds nothing to the tree.
 */
const MAY_HOLD: Record<keyof Constructs, RegExp> = {
  tables: /\|[ \t]*:?-|-:?[ \t]*\|/,
  footnotes: /\[\^/,
  strikethrough: /~/,
  taskLists: /\[[ \t\r\nxX]\]/,
};

/**
 * GFM's table construct is tried at the start of every block, and reads the block's whole
 * first line before it can fail: in a brief, where a paragraph is often one long line, that
 * made a parse with tables half as slow again as one without. A table's head row is always
 * followed by its delimiter row, so a new table is tried only on a line whose next line could
 * be one (pipes, colons, hyphens, spaces and quote marks, with a hyphen); rows after a table's
 * head go to the construct as before. The lines are those of the text being parsed, set by
 * `parseMarkdown` for the length of one (synchronous) parse.
 */
const NO_LINES: ReadonlySet<number> = new Set();
let headRowLines = NO_LINES;
const DELIMITER_ROW_LIKE = /^[ \t>|:-]*-[ \t>|:-]*$/;

function linesBeforeDelimiterRows(text: string): ReadonlySet<number> {
  const lines = text.split(/\r\n?|\n/);
  const found = new Set<number>();
  // micromark counts lines from 1: line n is lines[n - 1], and the line after it lines[n].
  for (let n = 1; n < lines.length; n++) if (lines[n].includes('-') && DELIMITER_ROW_LIKE.test(lines[n])) found.add(n);
  return found;
}

/** Whether the block starting here continues a table: the last event before it (past line endings and prefixes) closes a head or a row. */
function continuesTable(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index >= 0; index--) {
    const type = context.events[index][1].type;
    if (type !== 'lineEnding' && type !== 'linePrefix') return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

function tablesBeforeDelimiterRows(): Extension {
  const table = gfmTable().flow!.null as Construct;
  const tokenize: Construct['tokenize'] = function (effects, ok, nok) {
    const tokenizeTable = table.tokenize.call(this, effects, ok, nok);
    return (code) => (headRowLines.has(this.now().line) || continuesTable(this) ? tokenizeTable(code) : nok(code));
  };
  return { flow: { null: { ...table, tokenize } } };
}

const makeProcessor = (constructs: Constructs) => unified().use(remarkParse).use(briefGfm, constructs);

/** The processors made so far, by the constructs they parse (at most sixteen). */
const processors = new Map<string, ReturnType<typeof makeProcessor>>();

function processorFor(text: string): { processor: ReturnType<typeof makeProcessor>; constructs: Constructs } {
  const constructs: Constructs = {
    tables: MAY_HOLD.tables.test(text),
    footnotes: MAY_HOLD.footnotes.test(text),
    strikethrough: MAY_HOLD.strikethrough.test(text),
    taskLists: MAY_HOLD.taskLists.test(text),
  };
  const key = Object.values(constructs).join();
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = makeProcessor(constructs)));
  return { processor, constructs };
}

/** CommonMark plus the GFM constructs above. */
export function parseMarkdown(text: string): Root {
  const { processor, constructs } = processorFor(text);
  if (constructs.tables) headRowLines = linesBeforeDelimiterRows(text);
  try {
    return processor.parse(text);
  } finally {
    headRowLines = NO_LINES;
  }
}

/** From `http://`, `https://` or `www.` to the next space or `<`, or an e-mail address. */
const BARE_LINK = /\b(?:(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:;*_~'"\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;
/** What every bare link holds: most text has none, and is returned as it is without a scan for links. */
const MAY_HOLD_LINK = /https?:\/\/|www\.|@/i;

/**
 * The text with URLs and e-mail addresses written out in it blanked to spaces, as GFM
 * would have linked them: trailing punctuation, and a closing bracket that closes
 * nothing in the URL, stay text.
 */
export function blankBareLinks(text: string): string {
  if (!MAY_HOLD_LINK.test(text)) return text;
  return text.replace(BARE_LINK, (link) => {
    let end = link.length;
    while (link[end - 1] === ')' && count(link.slice(0, end), ')') > count(link.slice(0, end), '(')) end--;
    return ' '.repeat(end) + link.slice(end);
  });
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
