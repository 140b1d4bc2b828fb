import type { List, ListItem } from 'mdast';
import { defineRule, textListOption } from './defineRule';
import { findSection } from '../analyses/prose/prose';
import { sentencesOf } from '../analyses/prose/sentences';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Span } from '../engine/frontMatter';
import { ACTION_VERBS } from '../knowledge/actionVerbs';
import { RECOMMENDATION_TITLES } from '../knowledge/sectionTitles';

/** A subject followed by one of these says who acts: "The city council should fund…", "We recommend that…". */
const ACTOR_CUE = /\S.*?\b(?:should|must|shall|will|could|can|needs? to|ought to|ha(?:s|ve) to|(?:is|are) to|recommends? that|calls? on|urges?|invites?)\b/iu;
/** "City council: fund…" or "**For universities** — host…": a label that names who acts, then the action. */
const LABEL = /^([^:—–]{1,60}?)\s*[:—–]\s*/u;
const FIRST_WORD = /\p{L}[\p{L}'’-]*/u;
/** The verbs for a team that adds none, as most do: made once, not for each brief. */
const BUILTIN_VERBS: ReadonlySet<string> = new Set(ACTION_VERBS);

export default defineRule<{ verbs: string[] }>({
  id: 'recommendations-actionable',
  description: 'Each recommendation must start with an action verb or name who should act.',
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: { verbs: [] },
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      verbs: textListOption('More verbs a recommendation may start with, added to the built-in list.'),
    },
  },
  check(brief, { options, report }) {
    const section = findSection(brief, RECOMMENDATION_TITLES);
    if (!section) return;
    const verbs = options.verbs.length === 0 ? BUILTIN_VERBS : new Set([...ACTION_VERBS, ...options.verbs.map((verb) => verb.toLowerCase())]);
    for (const item of recommendationItems(brief, { start: section.end, end: section.sectionEnd })) {
      if (isActionable(brief.prose.slice(item.paragraph.start, item.paragraph.end).trim(), verbs)) continue;
      report({
        message: "This recommendation neither starts with an action verb nor says who should act. Start with what to do ('Fund…', 'Establish…') or name the actor ('The city council should…').",
        ...item.firstSentence,
      });
    }
  },
});

function isActionable(text: string, verbs: ReadonlySet<string>): boolean {
  const label = LABEL.exec(text);
  return startsWithAction(text, verbs) || (label !== null && startsWithAction(text.slice(label[0].length), verbs)) || ACTOR_CUE.test(text);
}

/** Most words of an opening phrase before the action ("As much as possible, continue…", "Consistent with the law, implement…"). */
const MOST_OPENING_WORDS = 8;

/** Whether the text starts with an action verb, or does so after a short opening phrase and its comma. */
function startsWithAction(text: string, verbs: ReadonlySet<string>): boolean {
  if (startsWithVerb(text, verbs)) return true;
  const comma = text.indexOf(',');
  return comma > 0 && text.slice(0, comma).trim().split(/\s+/).length <= MOST_OPENING_WORDS && startsWithVerb(text.slice(comma + 1), verbs);
}

function startsWithVerb(words: string, verbs: ReadonlySet<string>): boolean {
  return verbs.has(words.match(FIRST_WORD)?.[0].toLowerCase() ?? '');
}

/** The first paragraph of each top-level list item in the section, and its first sentence, where a finding is shown. */
function recommendationItems(brief: ParsedBrief, section: Span): { paragraph: Span; firstSentence: Span }[] {
  const lists = brief.tree.children.filter((node): node is List => node.type === 'list' && within(node, section));
  const items: { paragraph: Span; firstSentence: Span }[] = [];
  for (const item of lists.flatMap((list) => list.children as ListItem[])) {
    const position = item.children.find((child) => child.type === 'paragraph')?.position;
    if (position?.start.offset === undefined || position.end.offset === undefined) continue;
    const paragraph = { start: position.start.offset, end: position.end.offset };
    const first = sentencesOf(brief).find((sentence) => sentence.block.start === paragraph.start);
    if (first) items.push({ paragraph, firstSentence: { start: first.start, end: first.end } });
  }
  return items;
}

function within(node: List, span: Span): boolean {
  const start = node.position?.start.offset ?? -1;
  return start >= span.start && start < span.end;
}
