/** Where each rule's docs page is published; the same page ships in `docs/rules/`. */
export const DOCS_BASE_URL = 'https://github.com/diplobrief/diplobrief/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
