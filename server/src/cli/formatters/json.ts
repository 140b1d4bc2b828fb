import type { FileResult } from '../lintFiles';

/**
 * Exactly `[{file, diagnostics: [{rule, severity, message, range, fixable, suggestions?, data?, related?}]}]`,
 * for scripts. `fixable` says `--fix` applies an edit; `suggestions` are edits that might change
 * meaning, which `--fix` never applies: `[{title, edits: [{range, newText}]}]`; `data` holds the
 * rule's facts (for an SDG suggestion: goal, score, paragraphs and evidence with ranges) and
 * `related` the places that explain the finding: `[{message, range}]`.
 */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => ({
    file: result.file,
    diagnostics: result.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      range: d.range,
      fixable: d.fix !== undefined,
      ...(d.suggestions && { suggestions: d.suggestions }),
      ...(d.data && { data: d.data }),
      ...(d.related && { related: d.related }),
    })),
  }));
  return JSON.stringify(files, null, 2);
}
