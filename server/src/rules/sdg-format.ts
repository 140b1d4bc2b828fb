import { defineRule } from './defineRule';
import { replaceListItem } from '../analyses/frontMatter/frontMatterEdits';
import { kindOfId, readSdgTags, sdgYaml } from '../analyses/sdg/sdgTags';

export default defineRule({
  id: 'sdg-format',
  description: 'SDG tags must be written the canonical way: goals as numbers, targets and indicators as quoted strings.',
  defaultSeverity: 'warning',
  fixable: true,
  defaultOptions: {},
  check(brief, { knowledge, report }) {
    for (const { item, id, entry } of readSdgTags(brief, knowledge.sdg)) {
      // Unknown ids are sdg-unknown's to report, with their own fix.
      if (!id || !entry) continue;
      const goal = kindOfId(id) === 'goal';
      if (item.source === id && item.quoted !== goal) continue;
      const written = brief.text.slice(item.span.start, item.span.end);
      const canonical = sdgYaml(id);
      report({
        message: `${explain(written, id, item.value, goal)} Write ${canonical}.`,
        start: item.span.start,
        end: item.span.end,
        fix: { title: `Write ${canonical}`, edits: [replaceListItem(item, canonical)] },
        data: { id, canonical },
      });
    }
  },
});

function explain(written: string, id: string, value: unknown, goal: boolean): string {
  if (goal) {
    return /^["']?\d+["']?$/.test(written)
      ? `Goal ${id} is written as a plain number, without quotes.`
      : `'${written}' names goal ${id}; tags hold only the number.`;
  }
  if (typeof value === 'number' && String(value) !== id) return `Unquoted, YAML reads ${written} as the number ${value}, not ${id}.`;
  if (typeof value === 'number') return `Unquoted, ${written} is read as a number; targets and indicators are quoted so that ids such as 17.10 keep their last digit.`;
  if (written.replace(/^["']|["']$/g, '') === id) return `Targets and indicators are written as quoted strings.`;
  return `'${written}' names ${kindOfId(id)} ${id}; tags hold only the id.`;
}
