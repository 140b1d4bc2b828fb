import type { SdgCatalogue } from '../../knowledge/sdgCatalogue';
import { basename } from 'node:path';
import { isNetwork, type Acronym, type ActionArea, type Initiative, type Knowledge, type Term } from '../../knowledge/knowledge';
import frontMatterSchema from '../../rules/front-matter.schema.json';

/**
 * Markdown shown in hovers and as completion documentation: one card per kind of
 * thing the knowledge holds, so both features describe it the same way.
 */

/** A badge in the goal's official colour (editors that render no HTML show the plain text beside it). */
function goalBadge(goal: string, colour: string): string {
  return `<span style="color:#FFFFFF;background-color:${colour};">&nbsp;SDG&nbsp;${goal}&nbsp;</span>`;
}

const KIND_LABEL = { goal: 'Goal', target: 'Target', indicator: 'Indicator' } as const;

/** The official text of a goal, target or indicator in the brief's language, with its goal's colour. */
export function sdgCard(catalogue: SdgCatalogue, id: string, lang: string): string | undefined {
  const entry = catalogue.get(id, lang);
  if (!entry) return undefined;
  const goal = catalogue.goal(entry.goal, lang);
  const lines = [`${goal ? goalBadge(goal.id, goal.colour) + ' ' : ''}**${goal?.short ?? `SDG ${entry.goal}`}**`, ''];
  lines.push(`**${KIND_LABEL[entry.kind]} ${entry.id}**${entry.retired ? ' (retired indicator)' : ''}: ${entry.text}`);
  if (entry.kind !== 'goal' && goal) lines.push('', `Goal ${goal.id}: ${goal.title}`);
  if (goal) lines.push('', `Goal colour: ${goal.colour}`);
  return lines.join('\n');
}

/** The card of a catalogue entry, with the team file that defines it and the successor of an ended one. */
export function catalogueCard(knowledge: Knowledge, initiative: Initiative): string {
  const location = knowledge.initiativeLocations.get(initiative.id);
  const successor = initiative.succeededBy === undefined ? undefined : knowledge.initiatives.find((entry) => entry.id === initiative.succeededBy);
  return initiativeCard(initiative, location && basename(location.file), successor);
}

/** An initiative's or network's card; `successor` is the entry that carries on an ended one's work. */
export function initiativeCard(initiative: Initiative, catalogueFile?: string, successor?: Initiative): string {
  const lines = [`**${initiative.name}** · ${initiativeFacts(initiative)}`, '', initiative.summary];
  if (initiative.ended) lines.push('', `**Ended in ${initiative.ended}**${successor ? `; its work continues as ${successor.name} (\`@${successor.id}\`)` : ''}.`);
  if (initiative.members) lines.push('', `Members: ${initiative.members}`);
  if (initiative.url) lines.push('', `[${initiative.url}](${initiative.url})`);
  const origin = catalogueFile ? `team catalogue (${catalogueFile})` : 'built-in catalogue';
  lines.push('', `\`@${initiative.id}\` · ${origin}${initiative.source ? ` · Source: ${initiative.source}` : ''}`);
  return lines.join('\n');
}

/** "Barcelona, Spain · since 2018" for an initiative; "City network · seat Bonn, Germany · founded 1990" for a network. */
function initiativeFacts(initiative: Initiative): string {
  const place = initiative.city ? `${initiative.city}${initiative.country ? `, ${initiative.country}` : ''}` : undefined;
  if (!isNetwork(initiative)) return [place, initiative.year ? `since ${initiative.year}` : undefined].filter(Boolean).join(' · ');
  const years = initiative.year ? `${initiative.ended ? '' : 'founded '}${initiative.year}${initiative.ended ? `–${initiative.ended}` : ''}` : undefined;
  return ['City network or international body', place && `seat ${place}`, years].filter(Boolean).join(' · ');
}

export function actionAreaCard(area: ActionArea): string {
  return [`**${area.name}** (action area \`${area.id}\`)`, '', area.summary].join('\n');
}

export function termCard(term: Term): string {
  const lines = [`**${term.term}**: ${term.definition}`];
  if (term.avoid.length > 0) lines.push('', `Avoid: ${term.avoid.map((variant) => `"${variant}"`).join(', ')}.${term.reason ? ` ${term.reason}` : ''}`);
  if (term.source) lines.push('', `Source: ${term.source}`);
  return lines.join('\n');
}

export function acronymCard(acronym: Acronym): string {
  return [`**${acronym.acronym}**: ${acronym.expansion}`, ...(acronym.definition ? ['', acronym.definition] : [])].join('\n');
}

interface FieldSchema {
  description?: string;
  enum?: string[];
}

export const FRONT_MATTER_FIELDS = frontMatterSchema.properties as Record<string, FieldSchema>;

export function fieldCard(key: string): string | undefined {
  const field = FRONT_MATTER_FIELDS[key];
  if (!field?.description) return undefined;
  return [`**${key}**: ${field.description}`, ...(field.enum ? ['', `One of: ${field.enum.map((value) => `\`${value}\``).join(', ')}.`] : [])].join('\n');
}
