import type { Span } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';

/** An SDG goal, target or indicator named in the prose: "SDG 11", "target 11.5", "Goal 6". */
export interface SdgMention extends Span {
  /** The id as written: "11", "11.5", "11.b", "11.6.2". */
  id: string;
  /** Where the id itself stands, without the word before it. */
  idSpan: Span;
  /** What the word before the id says it is. */
  kind: 'goal' | 'target' | 'indicator';
}

// The words that introduce an id in the shipped languages (English, Spanish, French, German).
const GOAL_WORDS = 'SDGs?|ODS|ODD|[Gg]oals?|[Oo]bjetivos?|[Oo]bjectifs?|[Zz]iele?';
const TARGET_WORDS = '[Tt]argets?|[Mm]etas?|[Cc]ibles?|[Uu]nterziele?';
const INDICATOR_WORDS = '[Ii]ndicators?|[Ii]ndicadore?s?|[Ii]ndicateurs?|[Ii]ndikatore?n?';
const MENTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${GOAL_WORDS})|(${TARGET_WORDS})|(${INDICATOR_WORDS}))[ \\u00A0]?(\\d{1,2}(?:\\.(?:\\d{1,2}|[a-z])(?:\\.\\d{1,2})?)?)(?![\\p{L}\\p{N}])`,
  'gu',
);

export function findSdgMentions(brief: ParsedBrief): SdgMention[] {
  const mentions: SdgMention[] = [];
  for (const match of brief.prose.matchAll(MENTION)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const id = match[4];
    const kind = match[2] ? 'target' : match[3] ? 'indicator' : id.split('.').length === 3 ? 'indicator' : id.includes('.') ? 'target' : 'goal';
    mentions.push({ id, kind, start, end, idSpan: { start: end - id.length, end } });
  }
  return mentions;
}
