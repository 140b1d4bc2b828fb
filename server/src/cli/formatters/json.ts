import type { FileResult } from '../lintFiles';

/**
 * Exactly `[{file, diagnostics: [{rule, severity, message, range, fixable, suggestions?}]}]`,
 * for scripts. `fixable` says `--fix` applies an edit; `suggestions` are edits that might change
 * meaning, which `--fix` never applies: `[{title, edits: [{range, newText}]}]`.
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
    })),
  }));
  return JSON.stringify(files, null, 2);
}
