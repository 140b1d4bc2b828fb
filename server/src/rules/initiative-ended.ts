import { defineRule } from './defineRule';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Span } from '../engine/frontMatter';
import { initiativeUse } from '../analyses/initiatives/initiativeUse';
import { readBriefDate } from '../analyses/frontMatter/briefDate';
import { knowledgeIndex } from '../knowledge/knowledgeIndex';
import { REFERENCE_TITLES } from '../knowledge/sectionTitles';
import { blockAt, findSection } from '../analyses/prose/prose';
import type { Initiative } from '../knowledge/knowledge';

interface Naming extends Span {
  entry: Initiative;
  /** The words the brief uses for it. */
  text: string;
}

// Words that show the brief knows the entry is over, or became something else: then none of
// its mentions is reported.
const TOLD_ENDED_WORDS = [
  'former(?:ly)?', 'ended', 'closed', 'defunct', 'wound down', 'shut(?:tered)? down', 'shutter(?:ed)?', 'discontinued', 'dissolved', 'disbanded', 'ceased', 'expir(?:ed|ation)',
  'stop(?:ped)? funding', 'no longer', 'until (?:19|20)\\d\\d', 'renamed', 'now (?:called|known as|the)',
  'succeeded by', 'successor', 'predecessor', 'legacy', 'evolution of', 'evolved', 'emerged from', 'grew out of', 'carr(?:y|ies) on', 'continues? as', 'merged',
];
const TOLD_ENDED = new RegExp(`\\b(?:${TOLD_ENDED_WORDS.join('|')})\\b`, 'i');
// A sentence told in the past is history, not a claim that the entry still runs.
const PAST = /\b(?:was|were|had|did|used to|then)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// Where a sentence ends: a stop and spacing before what may start the next one.
const SENTENCE_END = /[.!?]['"’”)\]]*\s+(?=[\p{Lu}\p{N}"'‘“([])/gu;

export default defineRule({
  id: 'initiative-ended',
  description: 'An ended or renamed initiative or network named as if it still ran gets a note with what carries on its work.',
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: {},
  check(brief, { knowledge, linkedFiles, report }) {
    const use = initiativeUse(brief, knowledge, linkedFiles);
    const catalogue = knowledgeIndex(knowledge).initiatives;
    const namings: Naming[] = [
      ...use.mentions.map(({ start, end, text, value }) => ({ start, end, text, entry: value })),
      ...use.references.flatMap(({ start, end, initiative }) => (initiative ? [{ start, end, text: `@${initiative.id}`, entry: initiative }] : [])),
    ].sort((a, b) => a.start - b.start);
    const named = new Set(namings.map((naming) => naming.entry.id));
    const ended = namings.filter((naming) => naming.entry.ended !== undefined);
    const told = new Set(ended.filter((naming) => TOLD_ENDED.test(sentenceAround(brief, naming))).map((naming) => naming.entry.id));
    const writtenIn = readBriefDate(brief)?.year;
    // An entry of the reference list cites a document, whenever it was written.
    const references = findSection(brief, REFERENCE_TITLES);
    const inReferences = (naming: Naming) => references !== undefined && references.start <= naming.start && naming.end <= references.sectionEnd;
    const reported = new Set<string>();
    for (const naming of ended) {
      const { entry } = naming;
      const endYear = entry.ended!;
      if (reported.has(entry.id) || told.has(entry.id)) continue;
      // Written while it still ran, or the brief also names what took over.
      if (writtenIn !== undefined && writtenIn <= endYear) continue;
      if (entry.succeededBy !== undefined && named.has(entry.succeededBy)) continue;
      if (inReferences(naming)) continue;
      if (isHistory(sentenceAround(brief, naming), endYear)) continue;
      reported.add(entry.id);
      const successor = entry.succeededBy === undefined ? undefined : catalogue.get(entry.succeededBy);
      report({
        message: message(naming, endYear, successor),
        start: naming.start,
        end: naming.end,
        data: { id: entry.id, ended: endYear, ...(successor && { succeededBy: successor.id }) },
      });
    }
  },
});

function message({ entry, text }: Naming, endYear: number, successor: Initiative | undefined): string {
  const subject = text.replace(/\s+/g, ' ').toLowerCase() === entry.name.toLowerCase() ? entry.name : `'${text.replace(/\s+/g, ' ')}' (${entry.name})`;
  if (!successor) return `${subject} ended in ${endYear}, but the brief names it as if it still ran. Say that it ended, or name what the brief means today.`;
  return `${subject} ended in ${endYear}; its work continues as ${successor.name}. Say that it ended, or name ${successor.name} [@${successor.id}] where the brief means today's work.`;
}

/** A sentence in the past tense, or one dated no later than the end ("In 2016, Rotterdam joined 100RC"). */
function isHistory(sentence: string, endYear: number): boolean {
  return PAST.test(sentence) || [...sentence.matchAll(YEAR)].some((match) => Number(match[0]) <= endYear);
}

/** The sentence of the prose around a naming, within its paragraph or list item. */
function sentenceAround(brief: ParsedBrief, span: Span): string {
  const block = blockAt(brief, span.start) ?? span;
  const text = brief.prose.slice(block.start, block.end);
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = (match.index ?? 0) + match[0].length;
    if (boundary <= span.start - block.start) start = boundary;
    else if ((match.index ?? 0) >= span.end - block.start) {
      end = match.index ?? end;
      break;
    }
  }
  return text.slice(start, end);
}
