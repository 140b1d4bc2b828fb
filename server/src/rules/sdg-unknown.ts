import { defineRule, type BriefRuleContext } from './defineRule';
import { closestMatches } from '../engine/didYouMean';
import type { Span } from '../engine/frontMatter';
import { describeSdg, goalOfId, kindOfId, neighbouringIds, readSdgTags, sdgYaml } from '../analyses/sdg/sdgTags';
import { findSdgCitations } from '../analyses/sdg/sdgCitations';
import { briefLanguage } from '../analyses/frontMatter/tagField';
import type { SdgCatalogue } from '../knowledge/sdgCatalogue';

export default defineRule({
  id: 'sdg-unknown',
  description: 'SDG tags and SDG ids cited in the text must be official goals, targets or indicators.',
  defaultSeverity: 'error',
  fixable: true,
  hasSuggestions: true,
  defaultOptions: {},
  check(brief, context) {
    const catalogue = context.knowledge.sdg;
    const lang = briefLanguage(brief);
    for (const { item, id, entry } of readSdgTags(brief, catalogue)) {
      if (entry) continue;
      const written = brief.text.slice(item.span.start, item.span.end);
      if (id === undefined) {
        const goals = catalogue.goals(lang);
        const names = closestMatches(item.source, goals.map((g) => g.short));
        const goal = goals.find((g) => g.short === names[0]);
        const hint = goal ? ` Did you mean ${goal.id} (${goal.short})?` : '';
        reportUnknown(context, item.span, `'${written}' is not an SDG id. Write a goal number (13) or a quoted target or indicator id ("13.1").${hint}`, goal ? [goal.id] : [], sdgYaml, goal?.id);
        continue;
      }
      const misread = typeof item.value === 'number' && String(item.value) !== id ? ` (unquoted, YAML even reads it as ${item.value})` : '';
      reportUnknown(context, item.span, `${notOfficial(id, catalogue)}${misread}.${nearest(id, catalogue, lang)}`, neighbouringIds(id, catalogue), sdgYaml);
    }
    for (const citation of findSdgCitations(brief)) {
      // A bare "Goal 25" can be the brief's own numbering; only "SDG 25" or "target 11.8" is surely an SDG id.
      if (catalogue.get(citation.id) && !catalogue.get(citation.id)!.retired) continue;
      if (!citation.byName && kindOfId(citation.id) === 'goal') continue;
      reportUnknown(context, citation.idSpan, `The text cites ${kindOfId(citation.id) === 'goal' ? 'SDG' : kindOfId(citation.id)} ${citation.id}, but ${notOfficial(citation.id, catalogue).replace(/^There/, 'there')}.${nearest(citation.id, catalogue, lang)}`, neighbouringIds(citation.id, catalogue), (id) => id);
    }
  },
});

/**
 * Neighbouring ids are suggestions, not fixes: 11.7 and 11.a are different targets, so
 * only a misspelt goal name, which has one meaning, gets a fix.
 */
function reportUnknown(context: BriefRuleContext<Record<string, never>>, span: Span, message: string, suggestions: string[], write: (id: string) => string, fixWith?: string) {
  const replaceWith = (id: string) => ({ title: `Replace with ${id}`, edits: [{ ...span, newText: write(id) }] });
  context.report({
    message,
    ...span,
    ...(fixWith ? { fix: replaceWith(fixWith) } : suggestions.length > 0 && { suggestions: suggestions.map(replaceWith) }),
    data: { suggestions },
  });
}

function notOfficial(id: string, catalogue: SdgCatalogue): string {
  const kind = kindOfId(id);
  if (catalogue.get(id)?.retired) return `Indicator ${id} was retired from the UN list`;
  if (kind === 'goal') return `There is no SDG ${id}: the goals are numbered 1 to 17`;
  if (!catalogue.get(goalOfId(id))) return `There is no ${kind} ${id}: the goals are numbered 1 to 17`;
  return `There is no ${kind} ${id}`;
}

function nearest(id: string, catalogue: SdgCatalogue, lang: string): string {
  const neighbours = neighbouringIds(id, catalogue);
  if (neighbours.length === 0) return ' Check the id against the official list.';
  const described = neighbours.map((n) => describeSdg(n, catalogue, lang));
  return ` The nearest ${neighbours.length === 1 ? 'is' : 'are'} ${described.join(' and ')}: tag the one you mean.`;
}
