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

/** Spaces within a line: an id on the next line, or in the next list item, continues nothing. */
const SPACE = '[^\\S\\r\\n]';
const CONJUNCTIONS = 'and|or|y|o|e|et|ou|und|oder';
/**
 * What stands between two ids of one enumeration, with `space` the spaces it may hold: a comma
 * (perhaps with "and"), or "and", "or" and their Spanish, French and German words.
 */
const separator = (space: string) => `${space}*(?:[,;&]${space}*(?:(?:${CONJUNCTIONS})${space}+)?|${space}(?:${CONJUNCTIONS})${space}+)`;
/** An id that may continue an enumeration after the word and the first id: ", 4" and " and 8" in "SDGs 1, 4 and 8". */
const NEXT_ID = new RegExp(`${separator(SPACE)}(${ID})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'uy');
/** A word in the plural announces a list ("SDGs", "targets", "objetivos"); "ODS", "ODD" and "Ziele" do not say. */
const PLURAL_WORD = /s$/;
/**
 * After a word that does not announce a list, bare numbers are read as ids only two or more of
 * them, each a goal's or a target's ("SDG 1, 3, 5 and 11"): one number after "SDG 13," or "SDG 5
 * and" is far more often a count ("SDG 13, 20 countries", "SDG 5 and 10 women").
 */
const FEWEST_BARE_IDS = 2;
const GOALS = 17;
function isGoalOrTargetId(id: string): boolean {
  const goal = Number(id.split('.')[0]);
  return goal >= 1 && goal <= GOALS;
}

/**
 * Between two mentions of one enumeration: a separator, perhaps after the goal's short name
 * ("SDG 1, SDG 4 and SDG 8", "SDG 1 – No poverty, SDG 4 – Quality education", "SDG 1 (No
 * poverty) and SDG 4"), on one line or wrapped onto the next, never past a blank line.
 */
const BETWEEN_LISTED = new RegExp(`^(?:\\s*[–—:-]\\s*(?:[\\p{L}'’&-]+\\s+){0,5}[\\p{L}'’&-]+|\\s*\\([^()\\n]{1,60}\\))?${separator('\\s')}$`, 'u');
const BLANK_LINE = /\n[^\S\n]*\n/;

export function findSdgMentions(brief: ParsedBrief): SdgMention[] {
  const mentions: SdgMention[] = [];
  const add = (id: string, word: string, kind: SdgMention['kind'] | undefined, start: number, end: number) =>
    mentions.push({ id, kind: kind ?? (id.split('.').length === 3 ? 'indicator' : id.includes('.') ? 'target' : 'goal'), word, start, end, idSpan: { start: end - id.length, end }, goalsListed: 1 });
  for (const match of brief.prose.matchAll(MENTION)) {
    const start = match.index ?? 0;
    const word = match[1] ?? match[2] ?? match[3];
    const kind = match[2] ? 'target' : match[3] ? 'indicator' : undefined;
    add(match[4], word, kind, start, start + match[0].length);
    const bare: { id: string; end: number }[] = [];
    NEXT_ID.lastIndex = start + match[0].length;
    for (let next = NEXT_ID.exec(brief.prose); next; next = NEXT_ID.exec(brief.prose)) bare.push({ id: next[1], end: NEXT_ID.lastIndex });
    const announced = PLURAL_WORD.test(word);
    if (announced || (bare.length >= FEWEST_BARE_IDS && bare.every(({ id }) => isGoalOrTargetId(id)))) {
      for (const { id, end } of bare) add(id, word, kind, end - id.length, end);
    }
  }
  countGoalsListed(brief.prose, mentions);
  return mentions;
}

/** Sets each mention's `goalsListed`: mentions with only a separator between them are one enumeration. */
function countGoalsListed(prose: string, mentions: SdgMention[]): void {
  let first = 0;
  for (let index = 1; index <= mentions.length; index++) {
    const between = index < mentions.length ? prose.slice(mentions[index - 1].end, mentions[index].start) : undefined;
    if (between !== undefined && BETWEEN_LISTED.test(between) && !BLANK_LINE.test(between)) continue;
    const listed = mentions.slice(first, index);
    const goals = new Set(listed.map((mention) => mention.id.split('.')[0])).size;
    for (const mention of listed) mention.goalsListed = goals;
    first = index;
  }
}
