import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { lint } from '../../pipeline/defaults';
import { fixUntilStable } from '../../engine/applyFixes';
import { LineIndex, lineBreakOf } from '../../engine/lineIndex';
import type { DiagnosticData } from '../lspDiagnostic';
import { RULES } from '../../rules';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SAVE_FILES_COMMAND } from '../protocol';
import { addToTeamVocabulary, type ReadText, type VocabularyAddition } from './teamVocabulary';
import type { BriefDocument } from '../briefDocument';


export interface CodeActionOptions {
  /** Reads a team file (the editor's text when it is open); undefined when it does not exist. */
  readText: ReadText;
  /** Whether the client applies workspace edits that create files. */
  canCreateFiles: boolean;
}

/**
 * Quick fixes and suggestions rebuilt from each diagnostic's `data` (no cache to go stale), plus
 * "add to the team's acronyms / vocabulary", "disable for this line / this file" and the
 * fix-all source action.
 */
export function provideCodeActions(document: BriefDocument, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  if (!document.isBrief) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const actions: CodeAction[] = [];
  const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string');

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of ours) {
      const rule = diagnostic.code as string;
      const data = diagnostic.data as DiagnosticData | undefined;
      if (data?.fix) actions.push(quickFix(data.fix.title, diagnostic, { [document.uri]: data.fix.edits }, true));
      // A suggestion may change meaning: offered, never preferred, so no shortcut applies it unread.
      for (const suggestion of data?.suggestions ?? []) actions.push(quickFix(suggestion.title, diagnostic, { [document.uri]: suggestion.edits }, false));
      const addition = vocabularyAddition(rule, data?.details);
      const edit = addition && addToTeamVocabulary(document.settings.config, addition, options.readText, options.canCreateFiles);
      if (edit) {
        const title = 'acronym' in addition ? `Add '${addition.acronym}' to the team's acronyms` : `Add '${addition.term}' to the team vocabulary`;
        const files = [...Object.keys(edit.changes ?? {}), ...(edit.documentChanges ?? []).map((change) => ('textDocument' in change ? change.textDocument.uri : undefined))];
        const save = { title: 'Save the team files', command: SAVE_FILES_COMMAND, arguments: [[...new Set(files.filter(Boolean))]] };
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, command: save });
      }
      const disableLine = disableLineEdit(document, diagnostic.range.start.line, rule);
      if (disableLine) actions.push(quickFix(`Disable ${rule} for this line`, diagnostic, { [document.uri]: [disableLine] }, false));
      actions.push(quickFix(`Disable ${rule} for this file`, diagnostic, { [document.uri]: [disableFileEdit(document, rule)] }, false));
    }
  }
  // Source actions only when asked for by kind (on save, or from the "Fix all" command).
  if (only?.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`))) {
    const edit = fixAllEdit(document);
    if (edit) actions.push({ title: 'Fix all DiploBrief problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [edit] } } });
  }
  return actions;
}

function quickFix(title: string, diagnostic: LspDiagnostic, changes: Record<string, TextEdit[]>, isPreferred: boolean): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes } };
}

const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The vocabulary entry that settles a finding for good, as the finding's rule says. */
function vocabularyAddition(rule: string, details: Record<string, unknown> | undefined): VocabularyAddition | undefined {
  return details && RULES_BY_ID.get(rule)?.vocabularyEntry?.(details);
}

/**
 * A comment that switches the rule off for one line. Above a paragraph or heading it is
 * `disable-next-line`; inside a paragraph, a list or a table a comment line would split
 * the block, so `disable-line` goes at the end of the line instead. In the front matter
 * it is a YAML comment at the end of the line; the fences themselves take none.
 */
function disableLineEdit(document: BriefDocument, line: number, rule: string): TextEdit | undefined {
  const { brief } = document;
  const lineStart = brief.lines.lineStart(line);
  const end = brief.lines.positionAt(brief.lines.lineEnd(line));
  const frontMatter = brief.frontMatter;
  if (frontMatter && lineStart < frontMatter.end) {
    if (lineStart < frontMatter.contentStart || lineStart >= frontMatter.contentEnd) return undefined;
    return { range: { start: end, end }, newText: ` # diplobrief-disable-line ${rule}` };
  }
  const startsBlock = brief.blocks.some((block) => !block.inList && block.kind !== 'tableCell' && brief.lines.positionAt(block.start).line === line);
  if (startsBlock) {
    const indent = /^[ \t]*/.exec(brief.text.slice(lineStart))![0];
    const at = brief.lines.positionAt(lineStart);
    return { range: { start: at, end: at }, newText: `${indent}<!-- diplobrief-disable-next-line ${rule} -->${lineBreakOf(brief.text)}` };
  }
  return { range: { start: end, end }, newText: ` <!-- diplobrief-disable-line ${rule} -->` };
}

/** A comment that switches the rule off for the whole brief: first in the front matter, or at the top of a brief without one. */
function disableFileEdit(document: BriefDocument, rule: string): TextEdit {
  const { brief } = document;
  const newline = lineBreakOf(brief.text);
  const frontMatter = brief.frontMatter;
  const at = brief.lines.positionAt(frontMatter ? frontMatter.contentStart : 0);
  const newText = frontMatter ? `# diplobrief-disable ${rule}${newline}` : `<!-- diplobrief-disable ${rule} -->${newline}${newline}`;
  return { range: { start: at, end: at }, newText };
}

/** Every fix, applied until nothing is left to fix, as one edit over the part of the text that changed. */
function fixAllEdit(document: BriefDocument): TextEdit | undefined {
  const { text, path } = document.brief;
  const { config, knowledge } = document.settings;
  const fixed = fixUntilStable(text, (current) => lint(current, { path, config, knowledge })).text;
  if (fixed === text) return undefined;
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let end = 0;
  while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
  // Never cut a line break or a surrogate pair in two.
  while (start > 0 && /[\r\uD800-\uDBFF]/.test(text[start - 1])) start--;
  while (end > 0 && /[\n\uDC00-\uDFFF]/.test(text[text.length - end])) end--;
  const lines = new LineIndex(text);
  return { range: lines.rangeOf(start, text.length - end), newText: fixed.slice(start, fixed.length - end) };
}
