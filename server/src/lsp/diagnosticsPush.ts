import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import { briefDiagnostics, documentDiagnostics, fileProblemDiagnostics } from './diagnostics';
import type { LintScheduler, RunToken } from './lintScheduler';
import type { BriefWorkspace } from './workspace';

export type Publish = (uri: string, diagnostics: LspDiagnostic[], version?: number) => void;

const WORKSPACE = '\0workspace';

/**
 * Push diagnostics, for clients without LSP 3.17 pull: open documents on every change
 * (after a quiet period), every brief and problem file of the workspace after a
 * change on disk or in the settings.
 */
export class DiagnosticsPush {
  /** URIs that were last sent a non-empty list, so they can be cleared when they go quiet. */
  private readonly nonEmpty = new Set<string>();

  constructor(
    private readonly workspace: BriefWorkspace,
    private readonly scheduler: LintScheduler,
    private readonly publish: Publish,
  ) {}

  documentChanged(uri: string, delayMs?: number): void {
    this.scheduler.schedule(uri, () => this.lintDocument(uri), delayMs);
  }

  /** A closed document shows what its file on disk holds, or nothing outside the workspace. */
  documentClosed(uri: string): void {
    this.scheduler.cancel(uri);
    const brief = this.workspace.summary(uri);
    const inWorkspace = brief?.path !== undefined && this.workspace.folderOf(brief.path) !== undefined;
    this.send(uri, inWorkspace && brief ? briefDiagnostics(this.workspace, brief) : []);
  }

  workspaceChanged(delayMs?: number): void {
    this.scheduler.schedule(WORKSPACE, (token) => this.lintWorkspace(token), delayMs);
  }

  private lintDocument(uri: string): void {
    const document = this.workspace.document(uri);
    if (document) this.send(uri, documentDiagnostics(this.workspace, document), document.version);
  }

  private async lintWorkspace(token: RunToken): Promise<void> {
    const seen = new Set<string>();
    // The pass pauses now and then, so edits are answered and a newer pass can take over.
    for await (const brief of this.workspace.briefs()) {
      if (token.isCancelled) return;
      this.send(brief.uri, briefDiagnostics(this.workspace, brief), brief.version);
      seen.add(brief.uri);
    }
    for (const [uri, diagnostics] of fileProblemDiagnostics(this.workspace)) {
      this.send(uri, diagnostics);
      seen.add(uri);
    }
    for (const uri of [...this.nonEmpty]) if (!seen.has(uri)) this.send(uri, []);
  }

  private send(uri: string, diagnostics: LspDiagnostic[], version?: number): void {
    if (diagnostics.length > 0) this.nonEmpty.add(uri);
    else this.nonEmpty.delete(uri);
    this.publish(uri, diagnostics, version);
  }
}
