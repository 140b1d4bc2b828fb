import { basename } from 'node:path';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Knowledge } from '../knowledge/knowledge';
import { ACTION_AREAS_FIELD } from '../analyses/actionAreas/actionAreaTags';
import { initiativeUse } from '../analyses/initiatives/initiativeUse';
import { readSdgTags } from '../analyses/sdg/sdgTags';
import { briefSdgEvidence, supportedGoals } from '../analyses/sdg/sdgEvidence';
import { readTagItems } from '../analyses/frontMatter/tagField';
import { readBriefDate } from '../analyses/frontMatter/briefDate';
import { isNetwork } from '../knowledge/knowledge';

/** What a portfolio needs to know about one brief, read from its front matter and body. */
export interface BriefFacts {
  title: string;
  city: string | null;
  status: string | null;
  /** The `date` field as written. */
  date: string | null;
  /** The date when it is written YYYY-MM-DD and real; the report sorts and groups by this alone. */
  isoDate: string | null;
  /** The goals the brief serves, in goal order: a tagged target or indicator counts toward its goal. */
  goals: string[];
  /** Every official goal, target and indicator tagged, in the order written, once each. */
  sdgs: string[];
  /** Goals the text clearly serves or cites that the tags leave out, in goal order (what sdg-suggest and sdg-body-mention-untagged report). */
  untaggedGoals: string[];
  actionAreas: string[];
  /** Initiatives tagged in the front matter, then catalogued ones the body cites (`[@id]` or `@id`), then networks it names in plain words, once each. */
  initiatives: string[];
}

/** `linkedFiles`: the brief's bibliography files, as its lint was given them. */
export function readBriefFacts(brief: ParsedBrief, knowledge: Knowledge, linkedFiles: ReadonlyMap<string, string>): BriefFacts {
  const data = brief.frontMatter?.data ?? {};
  const sdgs = unique(readSdgTags(brief, knowledge.sdg).flatMap(({ entry }) => (entry ? [entry.id] : [])));
  const goals = unique(sdgs.map((id) => knowledge.sdg.get(id)!.goal)).sort((a, b) => Number(a) - Number(b));
  const initiatives = initiativeUse(brief, knowledge, linkedFiles);
  const evidence = briefSdgEvidence(brief, knowledge.sdg);
  const untaggedGoals = unique([...supportedGoals(evidence).map((goal) => goal.goal), ...evidence.cited])
    .filter((goal) => !goals.includes(goal) && knowledge.sdg.get(goal))
    .sort((a, b) => Number(a) - Number(b));
  return {
    title: text(data.title) ?? brief.headings.find((heading) => heading.depth === 1)?.title ?? basename(brief.path ?? 'untitled'),
    city: text(data.city),
    status: text(data.status),
    date: text(data.date),
    isoDate: readBriefDate(brief)?.iso ?? null,
    goals,
    sdgs,
    untaggedGoals,
    actionAreas: unique(readTagItems(brief, ACTION_AREAS_FIELD).map((item) => item.source.trim())),
    // A cited key the catalogue does not know is a bibliography citation or a typo that `initiative-unknown` reports.
    // A network is named in passing far more often than cited, and the naming is what a portfolio wants to count.
    initiatives: unique([
      ...initiatives.tags.map((item) => item.source.trim()),
      ...initiatives.referenced,
      ...initiatives.mentions.flatMap((mention) => (isNetwork(mention.value) ? [mention.value.id] : [])),
    ]),
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
