import type { FileResult } from '../lintFiles';

/**
 * Exactly `[{file, diagnostics: [{rule, severity, message, range, fixable, suggestions?, data?, related?}]}]`,
 * for scripts. `fixable` says `--fix` applies an edit; `suggestions` are edits that might change
 * meaning, which `--fix` never applies: `[{title, edits: [{range, newText}]}]`; `data` holds the
 * rule's facts (for an SDG suggestion: goal, score, paragraphs and evidence with ranges) and
 * `related` the places that explain the finding: `[{message, range}]`.
 */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results.map(jsonFile), null, 2);
}

/** The same JSON written a file at a time, as results come: the text of formatJson, then a newline. */
export class JsonWriter {
  private files = 0;

  constructor(private readonly write: (text: string) => void) {}

  add(result: FileResult): void {
    // An entry of the array as JSON.stringify(…, null, 2) indents it; strings hold no raw newline.
    this.write(`${this.files++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(jsonFile(result), null, 2).split('\n').join('\n  ')}`);
  }

  end(): void {
    this.write(this.files === 0 ? '[]\n' : '\n]\n');
  }
}

function jsonFile(result: FileResult) {
  return {
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
  };
}
