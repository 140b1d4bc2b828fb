import type { VocabularyEntry } from '../../rules/defineRule';
import { dirname, join } from 'node:path';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { LintConfig } from '../../engine/lintConfig';
import { LineIndex } from '../../engine/lineIndex';
import { uriOf } from '../workspace';
import { CONFIG_FILE_NAMES } from '../../config/resolveConfig';

export type ReadText = (path: string) => string | undefined;

/** What a team adds: an acronym it uses without defining it, or a term it writes one way. */
export type VocabularyAddition = VocabularyEntry;

const NEW_FILE = 'vocabulary.yaml';

/**
 * The edit that adds to the team's vocabulary: an acronym to `allowedAcronyms`, a term
 * to `terms` with a definition still to write. Creates the file next to the nearest
 * `.diplobrief.yaml` (and names it there) when the team has none yet, and a
 * `.diplobrief.yaml` in the workspace folder when there is no config either.
 */
export function addToTeamVocabulary(config: LintConfig, addition: VocabularyAddition, readText: ReadText, canCreateFiles: boolean): WorkspaceEdit | undefined {
  const existing = config.vocabulary.files.find((source) => /\.ya?ml$/i.test(source.path) && readText(source.path) !== undefined);
  if (existing) {
    const text = readText(existing.path)!;
    const updated = withEntry(text, addition);
    if (updated === undefined) return undefined;
    return { changes: { [uriOf(existing.path)]: [wholeText(text, updated)] } };
  }
  if (!canCreateFiles || config.vocabulary.files.length > 0) return undefined;
  const configPath = config.sources[0] ?? (config.baseDir === undefined ? undefined : join(config.baseDir, CONFIG_FILE_NAMES[0]));
  if (configPath === undefined) return undefined;
  const configText = config.sources.length > 0 ? readText(configPath) : '';
  if (configText === undefined) return undefined;
  const newFile = join(dirname(configPath), NEW_FILE);
  const configEnd = new LineIndex(configText).positionAt(configText.length);
  const separator = configText === '' || configText.endsWith('\n') ? '' : '\n';
  const start = { line: 0, character: 0 };
  return {
    documentChanges: [
      { kind: 'create', uri: uriOf(newFile), options: { ignoreIfExists: true } },
      { textDocument: { uri: uriOf(newFile), version: null }, edits: [{ range: { start, end: start }, newText: withEntry('', addition)! }] },
      ...(config.sources.length > 0 ? [] : [{ kind: 'create' as const, uri: uriOf(configPath), options: { ignoreIfExists: true } }]),
      { textDocument: { uri: uriOf(configPath), version: null }, edits: [{ range: { start: configEnd, end: configEnd }, newText: `${separator}vocabulary: ${NEW_FILE}\n` }] },
    ],
  };
}

/** The vocabulary file's text with the addition, comments and layout kept; undefined when it is already there. */
function withEntry(text: string, addition: VocabularyAddition): string | undefined {
  const parsed = parseDocument(text);
  if (parsed.errors.length > 0 || (parsed.contents !== null && !isMap(parsed.contents))) return undefined;
  const document = parsed.contents === null ? new Document({}) : parsed;
  const list = 'acronym' in addition ? 'allowedAcronyms' : 'terms';
  const current = document.get(list, true);
  const entries = isSeq(current) ? (current.toJSON() as unknown[]) : [];
  const present = entries.some((entry) => ('acronym' in addition ? entry === addition.acronym : (entry as { term?: string }).term?.toLowerCase() === addition.term.toLowerCase()));
  if (present) return undefined;
  const entry = 'acronym' in addition ? addition.acronym : { term: addition.term, definition: `Define '${addition.term}' for reviewers.` };
  if (isSeq(current)) current.add(document.createNode(entry));
  else document.set(list, document.createNode([entry]));
  return document.toString();
}

function wholeText(text: string, newText: string): TextEdit {
  const lines = new LineIndex(text);
  return { range: lines.rangeOf(0, text.length), newText };
}
