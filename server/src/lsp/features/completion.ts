import { CompletionItemKind, CompletionItemTag, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-protocol';
import { fieldItems, fieldNames } from '../../engine/frontMatter';
import type { Span } from '../../engine/frontMatter';
import { SDG_LANGUAGES, type SdgEntry } from '../../knowledge/sdgCatalogue';
import { isNetwork, type Knowledge } from '../../knowledge/knowledge';
import { knowledgeIndex } from '../../knowledge/knowledgeIndex';
import { initiativeUse } from '../../analyses/initiatives/initiativeUse';
import { readBriefFacts } from '../../report/briefFacts';
import { completionPlace, type CompletionPlace } from './completionContext';
import { MATCH_KINDS, matchInitiatives, type SearchEntry } from './initiativeSearch';
import { actionAreaCard, catalogueCard, fieldCard, FRONT_MATTER_FIELDS, sdgCard } from './cards';
import { briefSdgEvidence, describeSupport, supportedGoals } from '../../analyses/sdg/sdgEvidence';
import type { BriefDocument } from '../briefDocument';

/** Markdown turns quick suggestions off, so these characters open the list where DiploBrief has something to offer. */
export const COMPLETION_TRIGGER_CHARACTERS = ['@', '[', ' ', '"', "'", '-', '.'];

/** Front matter keys, tag values (SDGs, action areas, initiatives, city, status), `[@` citations and "SDG " mentions. */
export function provideCompletion(document: BriefDocument, position: Position): CompletionList | null {
  if (!document.isBrief) return null;
  const { brief } = document;
  const place = completionPlace(brief, brief.lines.offsetAt(position));
  if (!place) return null;
  const range = brief.lines.rangeOf(place.replace.start, place.replace.end);
  const list = itemsFor(document, place, range);
  const { items, isIncomplete = false } = Array.isArray(list) ? { items: list } : list;
  return items.length > 0 ? { isIncomplete, items } : null;
}

/** Items, or a part of them when there were too many to send (the editor asks again as the user types). */
type ItemList = CompletionItem[] | { items: CompletionItem[]; isIncomplete: boolean };

function itemsFor(document: BriefDocument, place: CompletionPlace, range: Range): ItemList {
  switch (place.kind) {
    case 'key':
      return keyItems(document, range);
    case 'value':
      return valueItems(document, place.key, place.prefix, place.quoted, place.replace, range);
    case 'citation': {
      const closing = place.bracketed && !/^[^[]*\]/.test(document.brief.text.slice(place.replace.end, document.brief.lines.lineEnd(range.end.line)));
      return initiativeItems(document, place.prefix, range, (id) => id + (closing ? ']' : ''));
    }
    case 'sdgMention':
      return place.sdgKind === 'goal' ? goalItems(document, range, (id) => id) : sdgItems(document, place.prefix, place.sdgKind, range, (id) => id);
  }
}

function keyItems(document: BriefDocument, range: Range): CompletionItem[] {
  const present = new Set(document.brief.frontMatter ? fieldNames(document.brief.frontMatter).map((field) => field.name) : []);
  return Object.keys(FRONT_MATTER_FIELDS)
    .filter((key) => !present.has(key))
    .map((key) => ({
      label: key,
      kind: CompletionItemKind.Property,
      documentation: markdown(fieldCard(key)),
      textEdit: { range, newText: `${key}: ` },
    }));
}

function valueItems(document: BriefDocument, key: string, prefix: string, quoted: boolean, replace: Span, range: Range): ItemList {
  const { knowledge } = document.settings;
  const taken = alreadyTagged(document, key, replace);
  const fresh = (items: CompletionItem[]) => items.filter((item) => !taken.has(item.label));
  // Targets and indicators are strings: unquoted, YAML would read 11.10 as the number 11.1.
  const quote = (id: string) => (quoted || !id.includes('.') ? id : JSON.stringify(id));
  switch (key) {
    case 'sdgs':
      return fresh(prefix.includes('.') ? sdgItems(document, prefix, undefined, range, quote) : goalItems(document, range, quote, true));
    case 'initiatives':
      return initiativeItems(document, prefix, range, (id) => id, taken);
    case 'action_areas':
      return fresh(
        knowledge.actionAreas.map((area) => ({
          label: area.id,
          kind: CompletionItemKind.EnumMember,
          detail: area.name,
          documentation: markdown(actionAreaCard(area)),
          textEdit: { range, newText: area.id },
        })),
      );
    case 'city': {
      // A network's seat is not a city briefs are written for.
      const local = knowledge.initiatives.filter((initiative) => !isNetwork(initiative) && initiative.city !== undefined);
      return [...new Set(local.map((initiative) => initiative.city!))].sort().map((city) => ({
        label: city,
        kind: CompletionItemKind.Value,
        detail: `${local.filter((initiative) => initiative.city === city).length} initiatives in the catalogue`,
        textEdit: { range, newText: city },
      }));
    }
    case 'lang':
      return SDG_LANGUAGES.map((lang) => ({ label: lang, kind: CompletionItemKind.Value, detail: 'SDG texts in this language', textEdit: { range, newText: lang } }));
    default: {
      const field = FRONT_MATTER_FIELDS[key] as { enum?: string[]; const?: string } | undefined;
      const values = field?.enum ?? (field?.const ? [field.const] : []);
      return values.map((value) => ({ label: value, kind: CompletionItemKind.EnumMember, documentation: markdown(fieldCard(key)), textEdit: { range, newText: value } }));
    }
  }
}

/** Ids already in the list, except the one being edited. */
function alreadyTagged(document: BriefDocument, key: string, replace: Span): Set<string> {
  const frontMatter = document.brief.frontMatter;
  if (!frontMatter) return new Set();
  return new Set(
    fieldItems(frontMatter, key, document.brief.text)
      .filter((item) => item.span.end < replace.start || item.span.start > replace.end)
      .map((item) => item.source),
  );
}

/** The goals, those the text supports first (strongest first, with their evidence), then the supported goals' targets the text speaks of. */
function goalItems(document: BriefDocument, range: Range, insert: (id: string) => string, withTargets = false): CompletionItem[] {
  const { sdg } = document.settings.knowledge;
  const { brief } = document;
  const evidence = briefSdgEvidence(brief, sdg);
  const supported = [...supportedGoals(evidence).map((goal) => goal.goal), ...[...evidence.cited].filter((goal) => sdg.get(goal))];
  const rank = (goal: string) => supported.indexOf(goal);
  const support = (id: string) => `\n\n**In this brief:** ${describeSupport(brief, evidence, id.split('.')[0])}`;
  const goals = sdg.goals(document.lang).map((goal): CompletionItem => {
    const isSupported = rank(goal.id) >= 0;
    return {
      label: goal.id,
      kind: CompletionItemKind.Constant,
      detail: goal.short,
      labelDetails: { description: isSupported ? `${goal.short} · the text supports it` : goal.short },
      documentation: markdown(`${sdgCard(sdg, goal.id, document.lang)}${support(goal.id)}`),
      sortText: isSupported ? `0${String(rank(goal.id)).padStart(2, '0')}` : `1${goal.id.padStart(2, '0')}`,
      filterText: goal.id,
      textEdit: { range, newText: insert(goal.id) },
    };
  });
  const targets = (withTargets ? supported : []).flatMap((goal): CompletionItem[] => {
    const target = evidence.targets.get(goal);
    const entry = target && sdg.get(target.id, document.lang);
    if (!target || !entry) return [];
    return [
      {
        label: target.id,
        kind: CompletionItemKind.Constant,
        detail: `Target: ${entry.text}`,
        labelDetails: { description: `the text speaks of it: ${target.phrases.slice(0, 2).map((phrase) => `'${phrase}'`).join(', ')}` },
        documentation: markdown(`${sdgCard(sdg, target.id, document.lang)}${support(goal)}`),
        sortText: `0${String(rank(goal)).padStart(2, '0')}a`,
        filterText: target.id,
        textEdit: { range, newText: insert(target.id) },
      },
    ];
  });
  return [...goals, ...targets];
}

/** Targets and indicators whose id starts with what is typed ("11." lists those of goal 11). */
function sdgItems(document: BriefDocument, prefix: string, kind: SdgEntry['kind'] | undefined, range: Range, insert: (id: string) => string): CompletionItem[] {
  const { sdg } = document.settings.knowledge;
  const goal = prefix.split('.')[0];
  return sdg
    .ids(document.lang)
    .filter((entry) => entry.kind !== 'goal' && (kind === undefined || entry.kind === kind) && entry.goal === goal && entry.id.startsWith(prefix))
    .map((entry) => ({
      label: entry.id,
      kind: CompletionItemKind.Constant,
      detail: `${entry.kind === 'target' ? 'Target' : 'Indicator'}: ${entry.text}`,
      labelDetails: { description: entry.kind === 'target' ? 'target' : 'indicator' },
      documentation: markdown(sdgCard(sdg, entry.id, document.lang)),
      // All targets, then all indicators: one is far more often tagged than the other.
      sortText: `${entry.kind === 'target' ? 1 : 2}-${sortKey(entry.id)}`,
      filterText: entry.id,
      textEdit: { range, newText: insert(entry.id) },
    }));
}

/** Orders 11.2 before 11.10. */
function sortKey(id: string): string {
  return id
    .split('.')
    .map((part) => part.padStart(3, '0'))
    .join('.');
}

/** Enough to choose from; typing more asks the server again (`isIncomplete`), so a 10,000-entry catalogue is never sent whole. */
export const MAX_INITIATIVE_ITEMS = 50;

/** What a completion item carries to `completionItem/resolve`, which adds its card. */
interface InitiativeItemData {
  uri: string;
  initiative: string;
}

/**
 * The catalogue's initiatives that match what was typed: those whose id, name or alias
 * starts with it, then those with a word that does, then those that hold its letters in
 * order. Within each, those the brief points to first (tagged in its front matter, named
 * in its text, in its city, serving one of its goals), each saying why. At most
 * `MAX_INITIATIVE_ITEMS`; their cards come with `completionItem/resolve`.
 */
function initiativeItems(document: BriefDocument, typed: string, range: Range, insert: (id: string) => string, taken = new Set<string>()): ItemList {
  const pointers = briefPointers(document);
  // Matches come in the order of their ids, and the sort is stable: ties stay in that order.
  const ranked = matchInitiatives(document.settings.knowledge, typed)
    .filter((match) => !taken.has(match.entry.initiative.id))
    .map((match) => ({ match, order: MATCH_KINDS.indexOf(match.kind) * 1e7 + closeness(pointers, match.entry) * 1e6 + Math.min(match.spread, 999_999) }))
    .sort((a, b) => a.order - b.order);
  const items = ranked.slice(0, MAX_INITIATIVE_ITEMS).map(({ match: { entry } }, order): CompletionItem => {
    const { initiative } = entry;
    const why = closenessReason(pointers, entry);
    return {
      label: initiative.id,
      kind: CompletionItemKind.Reference,
      detail: `${initiative.name} · ${[isNetwork(initiative) ? 'network' : initiative.city, initiative.year, initiative.ended && `ended ${initiative.ended}`].filter(Boolean).join(', ')}`,
      ...(why && { labelDetails: { description: why } }),
      ...(initiative.ended !== undefined && { tags: [CompletionItemTag.Deprecated] }),
      sortText: String(order).padStart(3, '0'),
      // Typing an alias finds the entry too: "[@ICLEI" or "[@100RC".
      filterText: [initiative.id, initiative.name, ...initiative.aliases].join(' '),
      textEdit: { range, newText: insert(initiative.id) },
      data: { uri: document.uri, initiative: initiative.id } satisfies InitiativeItemData,
    };
  });
  return { items, isIncomplete: ranked.length > items.length };
}

/** The card of an initiative item, added when the editor shows the item; other items come complete. */
export function resolveCompletion(item: CompletionItem, knowledgeOf: (uri: string) => Knowledge | undefined): CompletionItem {
  const data = item.data as Partial<InitiativeItemData> | undefined;
  if (typeof data?.uri !== 'string' || typeof data.initiative !== 'string') return item;
  const knowledge = knowledgeOf(data.uri);
  const initiative = knowledge && knowledgeIndex(knowledge).initiatives.get(data.initiative);
  return initiative ? { ...item, documentation: markdown(catalogueCard(knowledge, initiative)) } : item;
}

/** What the brief points to, read once per request. */
interface BriefPointers {
  tagged: Set<string>;
  named: Set<string>;
  city: string | undefined;
  goals: Set<string>;
}

function briefPointers(document: BriefDocument): BriefPointers {
  const { brief, settings, linkedFiles } = document;
  const use = initiativeUse(brief, settings.knowledge, linkedFiles);
  const facts = readBriefFacts(brief, settings.knowledge, linkedFiles);
  return { tagged: use.tagged, named: new Set(use.mentions.map((mention) => mention.value.id)), city: facts.city?.toLowerCase(), goals: new Set(facts.goals) };
}

/**
 * How close an initiative is to the brief, 0 closest: tagged in it, named in its text,
 * in its city, serving one of its goals, the others (4), and last an ended one (5)
 * unless the brief tags it.
 */
function closeness(pointers: BriefPointers, entry: SearchEntry): number {
  const reason = closenessOf(pointers, entry);
  return entry.initiative.ended !== undefined && reason > 0 ? 5 : reason;
}

function closenessOf({ tagged, named, city, goals }: BriefPointers, { initiative, city: entryCity, goals: entryGoals }: SearchEntry): number {
  if (tagged.has(initiative.id)) return 0;
  if (named.has(initiative.id)) return 1;
  if (city !== undefined && entryCity === city) return 2;
  return entryGoals.some((goal) => goals.has(goal)) ? 3 : 4;
}

/** Why an initiative comes first, shown beside it; none for the others. */
function closenessReason(pointers: BriefPointers, entry: SearchEntry): string | undefined {
  switch (closenessOf(pointers, entry)) {
    case 0:
      return 'tagged in this brief';
    case 1:
      return 'named in the text';
    case 2:
      return `in ${entry.initiative.city}`;
    case 3:
      return `serves SDG ${entry.goals.find((goal) => pointers.goals.has(goal))} too`;
    default:
      return undefined;
  }
}

function markdown(value: string | undefined) {
  return value === undefined ? undefined : { kind: MarkupKind.Markdown, value };
}
