import type { FileResult } from '../lintFiles';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

/** GitHub Actions workflow commands, so findings appear as annotations on the pull request. */
export function formatGithub(results: readonly FileResult[]): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return results
    .flatMap((result) =>
      result.diagnostics.map((d) => {
        const { start, end } = d.range;
        const properties = `file=${escapeProperty(result.file)},line=${start.line + 1},col=${start.character + 1},endLine=${end.line + 1},endColumn=${end.character + 1},title=${escapeProperty(d.rule)}`;
        return `::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}`;
      }),
    )
    .join('\n');
}
