import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyBriefRule } from '../../rules/defineRule';
import { ruleDocsUrl } from '../../rules/ruleDocs';
import type { FileResult } from '../lintFiles';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, for code-scanning dashboards. Columns are 1-based UTF-16 units, as declared. */
export function formatSarif(results: readonly FileResult[], rules: readonly AnyBriefRule[], version: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const cwd = process.cwd();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'DiploBrief',
            version,
            informationUri: 'https://diplobrief.dev',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + '/').href } },
        results: results.flatMap((result) =>
          result.diagnostics.map((d) => ({
            ruleId: d.rule,
            ...(ruleIndex.has(d.rule) && { ruleIndex: ruleIndex.get(d.rule) }),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relative(cwd, result.file).split('\\').join('/'), uriBaseId: 'SRCROOT' },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
