import type { ParsedBrief } from '../../engine/parseBrief';
import { findSdgMentions, type SdgMention } from './sdgMentions';
import { kindOfId } from './sdgTags';
import { sentencesOf } from '../prose/sentences';

/** A body mention that surely means an SDG id, and whether "SDG" (or ODS, ODD) itself introduces it. */
export interface SdgCitation extends SdgMention {
  byName: boolean;
  /**
   * Named as a goal the work could be taken to, not one the brief serves: in a sentence on
   * replicating it in other areas, or in the answer to a question that asks where else it could
   * be replicated ("Can this experiment be replicated in another thematic area or other SDGs?").
   */
  elsewhere: boolean;
  /**
   * Named among four goals or more ("SDG 1, 3, 5, 6, 7 and 11"): the scope of a review, a
   * programme or a government's priorities that the brief reports, not goals it singles out.
   */
  inLongList: boolean;
}

/** The fewest goals of an enumeration that reads as a scope reported rather than goals served. */
const LONG_LIST = 4;

const SDG_WORD = /^(?:SDGs?|ODS|ODD)\b/;
// A lower-case "goal 1" is the brief's own numbering far more often than an SDG.
const LOWER_CASE_GOAL = /^(?:goals?|objetivos?|objectifs?|ziele?)\b/;
// Words that put a "Goal 6" or "target 2.5" in the SDGs' frame rather than the brief's own goals or budgets.
const SDG_CONTEXT =
  /\b(?:SDGs?|ODS|ODD|Sustainable Development Goals?|Global Goals|2030 Agenda|Agenda 2030|Objetivos? de Desarrollo Sostenible|Objectifs? de développement durable|Nachhaltigkeitsziele?)\b/i;

// "a target 2.5 per cent cut": a number with a unit after it is a quantity, not an id.
const QUANTITY_AFTER = /^\s*(?:%|per ?cent|percent|por ?ciento|pour ?cent|prozent|°|degrees?|grados?|degrés?|million|billion|millones|milliards?|km|tonnes?|tons?|years?|años|ans|jahre)(?![\p{L}])/iu;

/**
 * SDG ids the body cites: "SDG 13" always; "Goal 6" or "target 11.5" only where the
 * same paragraph speaks of the SDGs, so "our goal 1" or "a target 2.5 per cent" do not count.
 */
export function findSdgCitations(brief: ParsedBrief): SdgCitation[] {
  return brief.cache.get(findSdgCitations, () => {
    // Most briefs never speak of taking the work elsewhere: their citations' sentences need no search.
    const speaksOfElsewhere = ELSEWHERE.test(brief.prose);
    // Written out rather than spread from the mention, which made each copy slow.
    const citation = (mention: SdgMention, byName: boolean): SdgCitation => ({
      id: mention.id,
      kind: mention.kind,
      start: mention.start,
      end: mention.end,
      idSpan: mention.idSpan,
      word: mention.word,
      goalsListed: mention.goalsListed,
      byName,
      elsewhere: speaksOfElsewhere && namedAsElsewhere(brief, mention),
      inLongList: mention.goalsListed >= LONG_LIST,
    });
    return findSdgMentions(brief).flatMap((mention): SdgCitation[] => {
      if (mention.kind !== kindOfId(mention.id) || QUANTITY_AFTER.test(brief.prose.slice(mention.end, mention.end + 20))) return [];
      const byName = SDG_WORD.test(mention.word);
      if (byName) return [citation(mention, byName)];
      if (LOWER_CASE_GOAL.test(mention.word)) return [];
      const block = brief.blocks.find((b) => b.start <= mention.start && mention.end <= b.end);
      return block && SDG_CONTEXT.test(brief.prose.slice(block.start, block.end)) ? [citation(mention, byName)] : [];
    });
  });
}

// Words that take the work to other places: "could be replicated in SDG 8", "in another thematic area or other SDGs".
const ELSEWHERE =
  /(?<!\p{L})(?:replic(?:ate|ated|ates|ating|ation|able|ability|ar|arse|ado|ada|ados|adas|abilidad)|répliqu(?:er|é|ée|és|ées|able)|(?:an)?other thematic areas?|otras? áreas? temáticas?|autres? domaines? thématiques?)(?!\p{L})/iu;

/** Whether the mention's sentence, or the question its paragraph answers, speaks of taking the work elsewhere. */
function namedAsElsewhere(brief: ParsedBrief, mention: SdgMention): boolean {
  const sentence = sentencesOf(brief).find((s) => s.start <= mention.start && mention.end <= s.end);
  if (sentence && ELSEWHERE.test(brief.prose.slice(sentence.start, sentence.end))) return true;
  return ELSEWHERE.test(questionAnswered(brief, mention.start) ?? '');
}

/** The question a paragraph answers: the nearest paragraph before it in its section that ends with a question mark. */
function questionAnswered(brief: ParsedBrief, offset: number): string | undefined {
  let index = brief.blocks.findIndex((block) => block.start <= offset && offset < block.end);
  while (--index >= 0) {
    const block = brief.blocks[index];
    if (block.kind === 'heading') return undefined;
    const text = brief.prose.slice(block.start, block.end).trimEnd();
    if (text.endsWith('?')) return text;
  }
  return undefined;
}
