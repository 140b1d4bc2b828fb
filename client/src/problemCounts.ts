import * as vscode from 'vscode';
import type { LintSummary } from '../../server/src/report/portfolio';
import { DIAGNOSTIC_SOURCE } from '../../server/src/lsp/protocol';

/**
 * A document's DiploBrief problems by severity, read from the diagnostics VS Code holds:
 * exactly what the Problems panel lists (errors and warnings are what the explorer counts).
 */
export function problemCounts(uri: vscode.Uri): LintSummary {
  const counts: LintSummary = { errors: 0, warnings: 0, info: 0 };
  for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
    else counts.info++;
  }
  return counts;
}

/** The counts as status bar icons, in the order and with the icons of VS Code's own problems item. */
export function problemIcons(lint: LintSummary): string {
  return `$(error) ${lint.errors}  $(warning) ${lint.warnings}  $(info) ${lint.info}`;
}
