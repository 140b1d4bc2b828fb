import { basename } from 'node:path';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Knowledge } from '../knowledge/knowledge';
import { ACTION_AREAS_FIELD } from '../analyses/actionAreas/actionAreaTags';
import { initiativeUse } from '../analyses/initiatives/initiativeUse';
import { readSdgTags } from '../analyses/sdg/sdgTags';
import { readTagItems } from '../analyses/frontMatter/tagField';

/** What a portfolio needs to know about one brief, read from its front matter and body. */
export interface BriefFacts {
  title: string;
  city: string | null;
  status: string | null;
  date: string | null;
  /** The goals the brief serves, in goal order: a tagged target or indicator counts toward its goal. */
  goals: string[];
  /** Every official goal, target and indicator tagged, in the order written, once each. */
  sdgs: string[];
  actionAreas: string[];
  /** Initiatives tagged in the front matter, then catalogued ones the body cites (`[@id]` or `@id`), once each. */
  initiatives: string[];
}

/** `linkedFiles`: the brief's bibliography files, as its lint was given them. */
export function readBriefFacts(brief: ParsedBrief, knowledge: Knowledge, linkedFiles: ReadonlyMap<string, string>): BriefFacts {
  const data = brief.frontMatter?.data ?? {};
  const sdgs = unique(readSdgTags(brief, knowledge.sdg).flatMap(({ entry }) => (entry ? [entry.id] : [])));
  const goals = unique(sdgs.map((id) => knowledge.sdg.get(id)!.goal)).sort((a, b) => Number(a) - Number(b));
  const initiatives = initiativeUse(brief, knowledge, linkedFiles);
  return {
    title: text(data.title) ?? brief.headings.find((heading) => heading.depth === 1)?.title ?? basename(brief.path ?? 'untitled'),
    city: text(data.city),
    status: text(data.status),
    date: text(data.date),
    goals,
    sdgs,
    actionAreas: unique(readTagItems(brief, ACTION_AREAS_FIELD).map((item) => item.source.trim())),
    // A cited key the catalogue does not know is a bibliography citation or a typo that `initiative-unknown` reports.
    initiatives: unique([...initiatives.tags.map((item) => item.source.trim()), ...initiatives.referenced]),
  };
}

/** A non-empty field, trimmed; YAML reads an unquoted `city: 2030` as a number. */
function text(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
