import { createHash } from 'node:crypto';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentDiagnosticReportKind,
  type Diagnostic as LspDiagnostic,
  type FullDocumentDiagnosticReport,
  type UnchangedDocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import type { Diagnostic, Fix, Severity } from '../engine/types';
import { ruleDocsUrl } from '../engine/ruleDocs';
import { RULES } from '../rules';
import { uriOf, type BriefDocument, type BriefWorkspace } from './workspace';

export const SOURCE = 'diplobrief';

/**
 * What travels with each diagnostic to the editor and back in a code-action request,
 * so a quick fix is rebuilt from the diagnostic alone, with no server-side cache.
 */
export interface DiagnosticData {
  fix?: Fix;
  /** The rule's own facts (evidence, suggestions, the term concerned). */
  details?: Record<string, unknown>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const TAG = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  const data: DiagnosticData = {
    ...(diagnostic.fix && { fix: diagnostic.fix }),
    ...(diagnostic.data && { details: diagnostic.data }),
  };
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    // Config and data-file problems come from pseudo-rules, which have no docs page.
    ...(RULE_IDS.has(diagnostic.rule) && { codeDescription: { href: ruleDocsUrl(diagnostic.rule) } }),
    source: SOURCE,
    message: diagnostic.message,
    ...(diagnostic.tags?.length && { tags: diagnostic.tags.map((tag) => TAG[tag]) }),
    ...(Object.keys(data).length > 0 && { data }),
  };
}

export function documentDiagnostics(workspace: BriefWorkspace, document: BriefDocument): LspDiagnostic[] {
  return workspace.enabled ? workspace.lint(document).map(toLspDiagnostic) : [];
}

/** Config and team data files with problems, as diagnostics by URI. */
export function fileProblemDiagnostics(workspace: BriefWorkspace): Map<string, LspDiagnostic[]> {
  if (!workspace.enabled) return new Map();
  return new Map([...workspace.fileProblems()].map(([file, problems]) => [uriOf(file), problems.map(toLspDiagnostic)]));
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
  for (const document of await workspace.briefs()) {
    if (isCancelled()) return reports;
    const report = documentReport(documentDiagnostics(workspace, document), previousIds.get(document.uri));
    reports.push({ ...report, uri: document.uri, version: document.version ?? null });
    reported.add(document.uri);
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
