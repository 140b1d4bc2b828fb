import type { FieldItem } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';
import { readTagItems } from '../frontMatter/tagField';
import { SDG_LANGUAGES, type SdgCatalogue, type SdgEntry, type SdgKind } from '../../knowledge/sdgCatalogue';

/** One item of the front matter's `sdgs` list, read as the author typed it. */
export interface SdgTag {
  item: FieldItem;
  /** The id the item is meant to name ("11", "11.5", "11.5.1"), when its form can be read. */
  id?: string;
  /** The official entry, when `id` is a current goal, target or indicator. */
  entry?: SdgEntry;
}

export const SDG_FIELD = 'sdgs';

// Words authors put before an id: "SDG 11", "Goal 11", "sdg-11", "ODS 11", "target 11.5".
const PREFIX =
  /^(?:sustainable development goals?|global goals?|sdgs?|goals?|targets?|indicators?|ods|odd|objetivos?|objectifs?|metas?|cibles?|ziele?)[\s_#:.-]*/i;
const ID_SHAPE = /^0*(\d{1,2})(?:\.(\d{1,2}|[a-z])(?:\.(\d{1,2}))?)?$/i;

/** The tags of the brief's `sdgs` field; empty values (`sdgs:` with nothing) are no tags. Read once per brief for every SDG rule. */
export function readSdgTags(brief: ParsedBrief, catalogue: SdgCatalogue): readonly SdgTag[] {
  return brief.cache.getFor(readSdgTags, [catalogue], () =>
    readTagItems(brief, SDG_FIELD).map((item) => {
      const id = readSdgId(item.source, catalogue);
      const entry = id === undefined ? undefined : catalogue.get(id);
      return { item, id, entry: entry && !entry.retired ? entry : undefined };
    }),
  );
}

/**
 * The id an author meant: "SDG11", "Goal 11", "sdg-11" and "11" are goal 11;
 * "Climate action" is goal 13 (its short name in any shipped language).
 */
export function readSdgId(source: string, catalogue: SdgCatalogue): string | undefined {
  const written = source.trim();
  const bare = written.replace(PREFIX, '');
  const shape = ID_SHAPE.exec(bare);
  if (shape) return [shape[1], shape[2]?.toLowerCase(), shape[3]].filter((part) => part !== undefined).join('.');
  const name = written.toLowerCase();
  for (const lang of SDG_LANGUAGES) {
    const goal = catalogue.goals(lang).find((g) => g.short.toLowerCase() === name || g.title.toLowerCase() === name);
    if (goal) return goal.id;
  }
  return undefined;
}

export function kindOfId(id: string): SdgKind {
  const parts = id.split('.').length;
  return parts === 1 ? 'goal' : parts === 2 ? 'target' : 'indicator';
}

export function goalOfId(id: string): string {
  return id.split('.')[0];
}

/** The canonical YAML for an id: goals as numbers, targets and indicators as quoted strings. */
export function sdgYaml(id: string): string {
  return kindOfId(id) === 'goal' ? id : `"${id}"`;
}

/** Whether a tag for `tagged` covers `id`: the same id, or a more specific one under it. */
export function covers(tagged: string, id: string): boolean {
  return tagged === id || tagged.startsWith(`${id}.`);
}

/**
 * Official ids next to an unknown one, in the UN's order (numbers, then letters):
 * for "11.8" they are 11.7 and 11.a, the last numbered and the first lettered target.
 */
export function neighbouringIds(id: string, catalogue: SdgCatalogue): string[] {
  const parts = id.split('.');
  if (parts.length === 1) return [];
  const parent = parts.slice(0, -1).join('.');
  const siblings = catalogue
    .ids()
    .filter((entry) => entry.kind === kindOfId(id) && entry.id.startsWith(`${parent}.`))
    .map((entry) => entry.id);
  if (siblings.length === 0) {
    // The parent itself is unknown ("11.8.1"): offer the neighbours' own first children.
    return neighbouringIds(parent, catalogue).map((neighbour) => `${neighbour}.1`).filter((candidate) => catalogue.get(candidate));
  }
  const rank = (candidate: string) => orderKey(candidate.split('.').at(-1)!);
  const wanted = rank(id);
  const before = siblings.filter((s) => rank(s) < wanted).sort((a, b) => rank(b) - rank(a))[0];
  const after = siblings.filter((s) => rank(s) > wanted).sort((a, b) => rank(a) - rank(b))[0];
  return [before, after].filter((s): s is string => s !== undefined);
}

function orderKey(part: string): number {
  return /^\d+$/.test(part) ? Number(part) : 100 + part.charCodeAt(0);
}

/** How messages name an id, quoting the official text in the brief's language: `target 11.7 ("Provide universal access…")`. */
export function describeSdg(id: string, catalogue: SdgCatalogue, lang: string): string {
  const kind = kindOfId(id);
  if (kind === 'goal') {
    const goal = catalogue.goal(id, lang);
    return goal ? `SDG ${id} (${goal.short})` : `SDG ${id}`;
  }
  const text = catalogue.get(id, lang)?.text;
  return text ? `${kind} ${id} ("${shorten(text)}")` : `${kind} ${id}`;
}

const QUOTED_WORDS = 8;

function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= QUOTED_WORDS ? text.replace(/\.$/, '') : `${words.slice(0, QUOTED_WORDS).join(' ').replace(/[,;:]$/, '')}…`;
}
