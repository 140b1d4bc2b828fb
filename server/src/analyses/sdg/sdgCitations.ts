import type { ParsedBrief } from '../../engine/parseBrief';
import { findSdgMentions, type SdgMention } from './sdgMentions';
import { kindOfId } from './sdgTags';

/** A body mention that surely means an SDG id, and whether "SDG" (or ODS, ODD) itself introduces it. */
export interface SdgCitation extends SdgMention {
  byName: boolean;
}

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
  return brief.cache.get(findSdgCitations, () =>
    findSdgMentions(brief).flatMap((mention): SdgCitation[] => {
      if (mention.kind !== kindOfId(mention.id) || QUANTITY_AFTER.test(brief.prose.slice(mention.end, mention.end + 20))) return [];
      const byName = SDG_WORD.test(brief.text.slice(mention.start, mention.idSpan.start));
      if (byName) return [{ ...mention, byName }];
      if (LOWER_CASE_GOAL.test(brief.text.slice(mention.start, mention.idSpan.start))) return [];
      const block = brief.blocks.find((b) => b.start <= mention.start && mention.end <= b.end);
      return block && SDG_CONTEXT.test(brief.prose.slice(block.start, block.end)) ? [{ ...mention, byName }] : [];
    }),
  );
}
