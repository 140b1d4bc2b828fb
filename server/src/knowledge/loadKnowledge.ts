import builtinVocabulary from './data/vocabulary.json';
import builtinKnownCapitals from './data/known-capitals.json';
import builtinInitiatives from './data/initiatives.json';
import builtinActionAreas from './data/action-areas.json';
import vocabularySchema from './schemas/vocabulary.schema.json';
import initiativesSchema from './schemas/initiatives.schema.json';
import actionAreasSchema from './schemas/action-areas.schema.json';
import { compileSchema, readDataFile, scriptRefusal } from '../engine/dataFile';
import type { FileDiagnostic } from '../engine/types';
import type { KnowledgeSources, SourceList, DataSource } from '../engine/lintConfig';
import { SdgCatalogue } from './sdgCatalogue';
import { duplicateProblems, EntryKeys, initiativeLocations } from './entryKeys';
import type { ActionArea, Initiative, Knowledge, Vocabulary } from './knowledge';

interface VocabularyFile extends Partial<Vocabulary> {}
interface InitiativesFile {
  initiatives?: Initiative[];
}
interface ActionAreasFile {
  actionAreas?: ActionArea[];
}

const validators = {
  vocabulary: compileSchema(vocabularySchema),
  initiatives: compileSchema(initiativesSchema),
  actionAreas: compileSchema(actionAreasSchema),
};

const sdg = new SdgCatalogue();

export const BUILTIN_KNOWLEDGE: Knowledge = {
  sdg,
  // Acronyms every reader knows and capitals that are not acronyms are a vocabulary file of their own.
  vocabulary: mergeVocabulary([], [builtinVocabulary, builtinKnownCapitals]),
  initiatives: withInitiativeDefaults(builtinInitiatives as InitiativesFile),
  actionAreas: (builtinActionAreas as ActionAreasFile).actionAreas ?? [],
  initiativeLocations: new Map(),
};

export type ReadText = (path: string) => string;

/**
 * Merges a team's data files into the built-in knowledge. A file that cannot be read
 * or fails its schema yields problems and is skipped; the rest keeps working.
 */
export function loadKnowledge(sources: KnowledgeSources, readText: ReadText): { knowledge: Knowledge; problems: FileDiagnostic[] } {
  const problems: FileDiagnostic[] = [];
  const initiativeKeys: EntryKeys[] = [];

  const load = <T>(list: SourceList, kind: keyof typeof validators, { list: entries, key }: KeyedList): T[] =>
    list.files.flatMap((source) => {
      const script = scriptRefusal(source.path);
      if (script) {
        problems.push(atDeclaration(source, script));
        return [];
      }
      let text: string;
      try {
        text = readText(source.path);
      } catch (error) {
        problems.push(unreadable(source, error as Error));
        return [];
      }
      const file = readDataFile<T>(source.path, text, validators[kind], 'knowledge-invalid');
      problems.push(...file.problems);
      const keys = new EntryKeys(source.path, file, entries, key);
      if (kind === 'initiatives') initiativeKeys.push(keys);
      problems.push(...duplicateProblems(keys));
      return file.data ? [file.data] : [];
    });

  const vocabularies = load<VocabularyFile>(sources.vocabulary, 'vocabulary', { list: 'terms', key: 'term' });
  const initiativeFiles = load<InitiativesFile>(sources.initiatives, 'initiatives', { list: 'initiatives', key: 'id' });
  const actionAreaFiles = load<ActionAreasFile>(sources.actionAreas, 'actionAreas', { list: 'actionAreas', key: 'id' });

  const base = BUILTIN_KNOWLEDGE;
  const knowledge: Knowledge = {
    sdg,
    vocabulary: mergeVocabulary(sources.vocabulary.replace ? [] : [base.vocabulary], vocabularies),
    initiatives: mergeById(sources.initiatives.replace ? [] : base.initiatives, initiativeFiles.flatMap(withInitiativeDefaults)),
    actionAreas: mergeById(sources.actionAreas.replace ? [] : base.actionAreas, actionAreaFiles.flatMap((f) => f.actionAreas ?? [])),
    initiativeLocations: initiativeLocations(initiativeKeys),
  };
  problems.push(...unknownSuccessors(knowledge));
  return { knowledge, problems };
}

/** A team entry whose `succeededBy` names no entry of the merged catalogue, reported at the entry. */
function unknownSuccessors(knowledge: Knowledge): FileDiagnostic[] {
  const ids = new Set(knowledge.initiatives.map((entry) => entry.id));
  return knowledge.initiatives.flatMap((entry) => {
    if (entry.succeededBy === undefined || ids.has(entry.succeededBy)) return [];
    const location = knowledge.initiativeLocations.get(entry.id);
    if (!location) return [];
    const place = { line: location.line, character: 0 };
    return [{
      file: location.file,
      rule: 'knowledge-invalid',
      severity: 'error' as const,
      message: `'${entry.id}' is succeeded by '${entry.succeededBy}', which is not in the catalogue. Write the id of the entry that carries on its work, or add that entry.`,
      range: { start: place, end: place },
    }];
  });
}

/** A network may leave out its SDGs; everything else reads `sdgs` as a list. */
function withInitiativeDefaults(file: InitiativesFile): Initiative[] {
  return (file.initiatives ?? []).map((entry) => (entry.sdgs ? entry : { ...entry, sdgs: [] }));
}

function withVocabularyDefaults(file: VocabularyFile): Vocabulary {
  return {
    terms: (file.terms ?? []).map((term) => ({ ...term, avoid: term.avoid ?? [] })),
    acronyms: file.acronyms ?? [],
    spellings: file.spellings ?? [],
    allowedAcronyms: file.allowedAcronyms ?? [],
    notAcronyms: file.notAcronyms ?? [],
  };
}

/** Later entries win: a team's term or acronym replaces the built-in one of the same name. */
function mergeVocabulary(base: Vocabulary[], files: VocabularyFile[]): Vocabulary {
  const all = [...base, ...files.map(withVocabularyDefaults)];
  const byKey = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];
  return {
    terms: byKey(all.flatMap((v) => v.terms), (t) => t.term.toLowerCase()),
    acronyms: byKey(all.flatMap((v) => v.acronyms), (a) => a.acronym),
    spellings: byKey(all.flatMap((v) => v.spellings), (s) => s.gb),
    allowedAcronyms: [...new Set(all.flatMap((v) => v.allowedAcronyms))],
    notAcronyms: [...new Set(all.flatMap((v) => v.notAcronyms))],
  };
}

function mergeById<T extends { id: string }>(base: T[], added: T[]): T[] {
  return [...new Map([...base, ...added].map((item) => [item.id, item])).values()];
}

interface KeyedList {
  list: string;
  key: string;
}

function unreadable(source: DataSource, error: Error): FileDiagnostic {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${error.message})`;
  return atDeclaration(source, `The data file '${source.path}' ${reason}. Fix the path or create the file; the built-in data is used meanwhile.`);
}

/** A problem with a data file as a whole, shown where the config names it. */
function atDeclaration(source: DataSource, message: string): FileDiagnostic {
  return {
    file: source.declaredIn?.file ?? source.path,
    rule: 'knowledge-invalid',
    severity: 'error',
    message,
    range: source.declaredIn?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}
