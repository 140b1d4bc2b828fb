import type { FileResult } from '../lintFiles';

/** Exactly `[{file, diagnostics: [{rule, severity, message, range, fixable}]}]`, for scripts. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => ({
    file: result.file,
    diagnostics: result.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range, fixable: d.fix !== undefined })),
  }));
  return JSON.stringify(files, null, 2);
}
