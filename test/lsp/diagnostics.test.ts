import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-protocol';
import { documentReport, workspaceReports } from '../../server/src/lsp/diagnostics';
import { toLspDiagnostic, type DiagnosticData } from '../../server/src/lsp/lspDiagnostic';
import type { Diagnostic } from '../../server/src/engine/types';
import { briefText, openBrief } from '../helpers/briefDocuments';

const range = { start: { line: 3, character: 1 }, end: { line: 3, character: 4 } };

describe('diagnostics mapping', () => {
  it('carries the rule as code, its docs link, the source, tags and what the fix needs', () => {
    const engine: Diagnostic = {
      rule: 'structure-required-sections',
      severity: 'warning',
      message: 'Add it.',
      range,
      fix: { title: 'Add', edits: [{ range, newText: 'x' }] },
      data: { term: 'STI' },
      tags: ['unnecessary', 'deprecated'],
    };
    const lsp = toLspDiagnostic(engine);
    assert.equal(lsp.code, 'structure-required-sections');
    assert.equal(lsp.codeDescription!.href, 'https://github.com/diplobrief/diplobrief/blob/main/docs/rules/structure-required-sections.md');
    assert.equal(lsp.source, 'diplobrief');
    assert.equal(lsp.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(lsp.tags, [DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated]);
    assert.deepEqual(lsp.data as DiagnosticData, { fix: engine.fix, details: { term: 'STI' } });
  });

  it('gives config problems no docs link, since their pseudo-rules have no page', () => {
    const lsp = toLspDiagnostic({ rule: 'config-invalid', severity: 'error', message: 'Bad.', range });
    assert.equal(lsp.codeDescription, undefined);
    assert.equal(lsp.data, undefined);
  });

  it('answers a pull with "unchanged" exactly when the findings are the same', () => {
    const items = [toLspDiagnostic({ rule: 'front-matter-schema', severity: 'error', message: 'Bad.', range })];
    const first = documentReport(items);
    assert.equal(first.kind, 'full');
    assert.equal(documentReport(items, first.resultId).kind, 'unchanged');
    assert.equal(documentReport([], first.resultId).kind, 'full');
  });

  it('reports the workspace\'s briefs, and empties files that had findings before', async () => {
    const { workspace } = openBrief(briefText('No sections.\n'));
    const reports = await workspaceReports(workspace, [{ uri: 'file:///gone.brief.md', value: 'old' }]);
    const sections = (report: (typeof reports)[number]) => (report.kind === 'full' ? report.items.filter((d) => d.code === 'structure-required-sections').length : -1);
    const names = reports.map((report) => `${report.uri.slice(report.uri.lastIndexOf('/') + 1)}:${report.kind}:${sections(report)}`);
    assert.deepEqual(names, ['heat.brief.md:full:0', 'water.brief.md:full:1', 'open.brief.md:full:1', 'gone.brief.md:full:0']);
    assert.deepEqual(reports[3].kind === 'full' && reports[3].items, [], 'a file that went away is emptied');
  });
});
