/** Where each rule's docs page is published; the same page ships in `docs/rules/`. */
export const DOCS_BASE_URL = 'https://github.com/diplobrief/diplobrief/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** What a rule offers besides its message: a fix `--fix` applies, suggestions the author picks, both or neither. */
export function offeredEdits(rule: { fixable: boolean; hasSuggestions?: boolean }): 'fix' | 'suggestion' | 'fix, suggestion' | '' {
  if (rule.fixable && rule.hasSuggestions) return 'fix, suggestion';
  if (rule.fixable) return 'fix';
  return rule.hasSuggestions ? 'suggestion' : '';
}
