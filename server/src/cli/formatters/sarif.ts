import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyBriefRule } from '../../rules/defineRule';
import { ruleDocsUrl } from '../../rules/ruleDocs';
import type { FileResult } from '../lintFiles';
import type { Range } from '../../engine/types';

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
            locations: [{ physicalLocation: physicalLocation(relative(cwd, result.file).split('\\').join('/'), d.range) }],
            ...(d.related?.length && {
              relatedLocations: d.related.map((place, id) => ({ id, message: { text: place.message }, physicalLocation: physicalLocation(relative(cwd, result.file).split('\\').join('/'), place.range) })),
            }),
            // The rule's facts (an SDG suggestion's goal, confidence and evidence ranges) for tools that read SARIF.
            ...(d.data && { properties: d.data }),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function physicalLocation(uri: string, range: Range) {
  return {
    artifactLocation: { uri, uriBaseId: 'SRCROOT' },
    region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
  };
}
