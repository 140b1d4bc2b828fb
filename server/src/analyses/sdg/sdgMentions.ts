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
  /** The word that introduces the id, or the enumeration it continues: "SDGs" for 4 in "SDGs 1, 4 and 8". */
  word: string;
  /** How many goals the enumeration it stands in names ("SDGs 1, 4 and 8", "SDG 1, SDG 4 and SDG 8": 3); 1 alone. */
  goalsListed: number;
}

// The words that introduce an id in the shipped languages (English, Spanish, French, German).
const GOAL_WORDS = 'SDGs?|ODS|ODD|[Gg]oals?|[Oo]bjetivos?|[Oo]bjectifs?|[Zz]iele?';
const TARGET_WORDS = '[Tt]argets?|[Mm]etas?|[Cc]ibles?|[Uu]nterziele?';
const INDICATOR_WORDS = '[Ii]ndicators?|[Ii]ndicadore?s?|[Ii]ndicateurs?|[Ii]ndikatore?n?';
const ID = '\\d{1,2}(?:\\.(?:\\d{1,2}|[a-z])(?:\\.\\d{1,2})?)?';
const MENTION = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${GOAL_WORDS})|(${TARGET_WORDS})|(${INDICATOR_WORDS}))[ \\u00A0]?(${ID})(?![\\p{L}\\p{N}])`, 'gu');

/** What stands between two ids of one enumeration: a comma (perhaps with "and"), or "and", "or" and their Spanish, French and German words. */
const SEPARATOR = '\\s*(?:[,;&]\\s*(?:(?:and|or|y|o|e|et|ou|und|oder)\\s+)?|\\s(?:and|or|y|o|e|et|ou|und|oder)\\s+)';
/** An id that continues an enumeration after the word and the first id: ", 4" and " and 8" in "SDGs 1, 4 and 8". */
const NEXT_ID = new RegExp(`${SEPARATOR}(${ID})(?![\\p{L}\\p{N}])`, 'uy');
/**
 * Between two mentions of one enumeration: a separator, perhaps after the goal's name ("SDG 1,
 * SDG 4 and SDG 8", "SDG 1 – No poverty, SDG 4 – Quality education", "SDG 1 (No poverty) and SDG 4").
 */
const BETWEEN_LISTED = new RegExp(`^(?:\\s*[–—:-]\\s*[^,;.()\\n]{1,60}?|\\s*\\([^()\\n]{1,60}\\))?${SEPARATOR}$`, 'u');

export function findSdgMentions(brief: ParsedBrief): SdgMention[] {
  const mentions: SdgMention[] = [];
  const add = (id: string, word: string, kind: SdgMention['kind'] | undefined, start: number, end: number) =>
    mentions.push({ id, kind: kind ?? (id.split('.').length === 3 ? 'indicator' : id.includes('.') ? 'target' : 'goal'), word, start, end, idSpan: { start: end - id.length, end }, goalsListed: 1 });
  for (const match of brief.prose.matchAll(MENTION)) {
    const start = match.index ?? 0;
    let end = start + match[0].length;
    const word = match[1] ?? match[2] ?? match[3];
    const kind = match[2] ? 'target' : match[3] ? 'indicator' : undefined;
    add(match[4], word, kind, start, end);
    NEXT_ID.lastIndex = end;
    for (let next = NEXT_ID.exec(brief.prose); next; next = NEXT_ID.exec(brief.prose)) {
      end = NEXT_ID.lastIndex;
      add(next[1], word, kind, end - next[1].length, end);
    }
  }
  countGoalsListed(brief.prose, mentions);
  return mentions;
}

/** Sets each mention's `goalsListed`: mentions with only a separator between them are one enumeration. */
function countGoalsListed(prose: string, mentions: SdgMention[]): void {
  let first = 0;
  for (let index = 1; index <= mentions.length; index++) {
    if (index < mentions.length && BETWEEN_LISTED.test(prose.slice(mentions[index - 1].end, mentions[index].start))) continue;
    const listed = mentions.slice(first, index);
    const goals = new Set(listed.map((mention) => mention.id.split('.')[0])).size;
    for (const mention of listed) mention.goalsListed = goals;
    first = index;
  }
}
