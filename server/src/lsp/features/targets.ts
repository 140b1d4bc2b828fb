import { fieldItems, fieldNames, type Span } from '../../engine/frontMatter';
import { findInitiativeReferences } from '../../analyses/initiatives/initiativeReferences';
import { findSdgCitations } from '../../analyses/sdg/sdgCitations';
import { PhraseMatcher } from '../../engine/phraseMatcher';
import { knowledgeIndex } from '../../knowledge/knowledgeIndex';
import type { ParsedBrief } from '../../engine/parseBrief';
import type { Acronym, Knowledge, Term } from '../../knowledge/knowledge';

/** Something in a brief that the catalogue or vocabulary knows about. */
export type Target =
  | { kind: 'sdg'; id: string; span: Span }
  /** `named`: a name or alias in plain words, not an id (so not renamed with it). */
  | { kind: 'initiative'; id: string; span: Span; inFrontMatter: boolean; named?: boolean }
  | { kind: 'actionArea'; id: string; span: Span }
  | { kind: 'field'; key: string; span: Span }
  | { kind: 'term'; term: Term; span: Span }
  | { kind: 'acronym'; acronym: Acronym; span: Span };

/** Front matter lists whose items name catalogue entries. */
const LIST_FIELDS = { sdgs: 'sdg', initiatives: 'initiative', action_areas: 'actionArea' } as const;

/** Every initiative id the brief cites: front matter tags and body references. */
export function initiativeOccurrences(brief: ParsedBrief): Extract<Target, { kind: 'initiative' }>[] {
  const tagged = brief.frontMatter
    ? fieldItems(brief.frontMatter, 'initiatives', brief.text).map((item) => ({ kind: 'initiative' as const, id: item.source, span: item.span, inFrontMatter: true }))
    : [];
  const cited = findInitiativeReferences(brief).map((reference) => ({ kind: 'initiative' as const, id: reference.id, span: reference, inFrontMatter: false }));
  return [...tagged, ...cited];
}

/** What stands at the offset, if DiploBrief knows anything about it. */
export function targetAt(brief: ParsedBrief, knowledge: Knowledge, offset: number): Target | undefined {
  const contains = (span: Span) => span.start <= offset && offset <= span.end;
  const frontMatter = brief.frontMatter;
  if (frontMatter && offset < frontMatter.end) {
    for (const [field, kind] of Object.entries(LIST_FIELDS)) {
      const item = fieldItems(frontMatter, field, brief.text).find((candidate) => contains(candidate.span));
      if (item) return kind === 'initiative' ? { kind, id: item.source, span: item.span, inFrontMatter: true } : { kind, id: item.source, span: item.span };
    }
    const field = fieldNames(frontMatter).find((candidate) => contains(candidate.span));
    return field && { kind: 'field', key: field.name, span: field.span };
  }
  const reference = findInitiativeReferences(brief).find(contains);
  if (reference) return { kind: 'initiative', id: reference.id, span: reference, inFrontMatter: false };
  // Only mentions that surely mean an SDG: "a target 2.5 per cent cut" gets no SDG hover.
  const mention = findSdgCitations(brief).find(contains);
  if (mention) return { kind: 'sdg', id: mention.id, span: mention };
  return namedAt(brief, knowledge, offset) ?? vocabularyAt(brief, knowledge, offset);
}

/** The prose block around the offset, which is all a lookup at one place needs to scan. */
function blockAt(brief: ParsedBrief, offset: number): Span | undefined {
  return brief.blocks.find((candidate) => candidate.start <= offset && offset <= candidate.end);
}

/** A catalogue initiative or network named in plain words at the offset ("ICLEI", "100 Resilient Cities"). */
function namedAt(brief: ParsedBrief, knowledge: Knowledge, offset: number): Target | undefined {
  const block = blockAt(brief, offset);
  if (!block) return undefined;
  const text = brief.prose.slice(block.start, block.end);
  const found = knowledgeIndex(knowledge).initiativeNames.matchText(text).find((match) => block.start + match.start <= offset && offset <= block.start + match.end);
  return found && { kind: 'initiative', id: found.value.id, span: { start: block.start + found.start, end: block.start + found.end }, inFrontMatter: false, named: true };
}

type VocabularyEntry = { term: Term } | { acronym: Acronym };

const matchers = new WeakMap<Knowledge, PhraseMatcher<VocabularyEntry>>();

/** A vocabulary term or acronym written at the offset; only the prose block around it is scanned. */
function vocabularyAt(brief: ParsedBrief, knowledge: Knowledge, offset: number): Target | undefined {
  const block = blockAt(brief, offset);
  if (!block) return undefined;
  let matcher = matchers.get(knowledge);
  if (!matcher) {
    matcher = new PhraseMatcher<VocabularyEntry>([
      ...knowledge.vocabulary.terms.map((term) => ({ phrase: term.term, value: { term }, caseSensitive: term.caseSensitive })),
      ...knowledge.vocabulary.acronyms.map((acronym) => ({ phrase: acronym.acronym, value: { acronym }, caseSensitive: true })),
    ]);
    matchers.set(knowledge, matcher);
  }
  const text = brief.prose.slice(block.start, block.end);
  const found = matcher.matchText(text).find((match) => block.start + match.start <= offset && offset <= block.start + match.end);
  if (!found) return undefined;
  const span = { start: block.start + found.start, end: block.start + found.end };
  return 'term' in found.value ? { kind: 'term', term: found.value.term, span } : { kind: 'acronym', acronym: found.value.acronym, span };
}
