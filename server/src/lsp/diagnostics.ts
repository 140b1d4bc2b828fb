import { createHash } from 'node:crypto';
import {
  DocumentDiagnosticReportKind,
  type Diagnostic as LspDiagnostic,
  type FullDocumentDiagnosticReport,
  type UnchangedDocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { toLspDiagnostic } from './lspDiagnostic';
import { summaryDiagnostics, type BriefSummary } from './briefSummary';
import { uriOf, type BriefWorkspace } from './workspace';
import type { BriefDocument } from './briefDocument';

/** The findings of an open document; none while DiploBrief is disabled. */
export function documentDiagnostics(workspace: BriefWorkspace, document: BriefDocument): LspDiagnostic[] {
  return workspace.enabled ? workspace.lint(document).map((diagnostic) => toLspDiagnostic(diagnostic, document.uri)) : [];
}

/** The findings of a brief anywhere in the workspace, open or not; none while DiploBrief is disabled. */
export function briefDiagnostics(workspace: BriefWorkspace, brief: BriefSummary): LspDiagnostic[] {
  return workspace.enabled ? summaryDiagnostics(brief) : [];
}

/** Config and team data files with problems, as diagnostics by URI. */
export function fileProblemDiagnostics(workspace: BriefWorkspace): Map<string, LspDiagnostic[]> {
  if (!workspace.enabled) return new Map();
  return new Map([...workspace.fileProblems()].map(([file, problems]) => [uriOf(file), problems.map((problem) => toLspDiagnostic(problem))]));
}

/** A report id that changes exactly when the diagnostics do. */
export function resultId(diagnostics: readonly LspDiagnostic[]): string {
  return createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64url');
}

/** LSP 3.17 pull diagnostics for one document, answering "unchanged" when nothing changed. */
export function documentReport(diagnostics: LspDiagnostic[], previousResultId?: string): FullDocumentDiagnosticReport | UnchangedDocumentDiagnosticReport {
  const id = resultId(diagnostics);
  if (id === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: id };
  return { kind: DocumentDiagnosticReportKind.Full, resultId: id, items: diagnostics };
}

/**
 * Workspace pull: every brief in the workspace folders and every config or data file
 * with problems. A file whose problems went away gets one empty report, so the editor
 * clears it.
 */
export async function workspaceReports(
  workspace: BriefWorkspace,
  previous: readonly { uri: string; value: string }[],
  isCancelled: () => boolean = () => false,
): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const previousIds = new Map(previous.map((item) => [item.uri, item.value]));
  const reports: WorkspaceDocumentDiagnosticReport[] = [];
  const reported = new Set<string>();
  for await (const brief of workspace.briefs()) {
    if (isCancelled()) return reports;
    const report = documentReport(briefDiagnostics(workspace, brief), previousIds.get(brief.uri));
    reports.push({ ...report, uri: brief.uri, version: brief.version ?? null });
    reported.add(brief.uri);
  }
  for (const [uri, diagnostics] of fileProblemDiagnostics(workspace)) {
    reports.push({ ...documentReport(diagnostics, previousIds.get(uri)), uri, version: null });
    reported.add(uri);
  }
  for (const [uri, id] of previousIds) {
    if (!reported.has(uri)) reports.push({ ...documentReport([], id), uri, version: null });
  }
  return reports;
}
