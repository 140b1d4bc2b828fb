import * as vscode from 'vscode';

/**
 * Far above the usual wait (well under a second), for a busy machine; less than mocha's
 * timeout, so that a test fails saying what it waited for.
 */
const WAIT_MS = 30_000;

/**
 * Resolves once `settle()` returns a value: checked now and again on every `event`.
 * Rejects after WAIT_MS with `describe()` of what was last seen.
 */
function waitOn<T>(event: vscode.Event<unknown>, settle: () => T | undefined, describe: () => string, waitMs = WAIT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = settle();
      if (value === undefined) return;
      stop();
      resolve(value);
    };
    const subscription = event(check);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${describe()} within ${waitMs / 1000} s.`));
    }, waitMs);
    const stop = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

export const diplobriefDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'diplobrief');

export const ruleOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);

export const rulesOf = (diagnostics: vscode.Diagnostic[]) => diagnostics.map(ruleOf);

/** Whether the diagnostics include a finding of every one of `rules` (other rules may report too). */
export const hasAll = (...rules: string[]) => (diagnostics: vscode.Diagnostic[]) => rules.every((rule) => rulesOf(diagnostics).includes(rule));

/** Whether the diagnostics include no finding of any of `rules`. */
export const hasNone = (...rules: string[]) => (diagnostics: vscode.Diagnostic[]) => !rules.some((rule) => rulesOf(diagnostics).includes(rule));

/** DiploBrief's diagnostics of `uri` once `until` holds for them. */
export function waitForDiagnostics(uri: vscode.Uri, until: (diagnostics: vscode.Diagnostic[]) => boolean, waitMs?: number): Promise<vscode.Diagnostic[]> {
  return waitOn(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = diplobriefDiagnostics(uri);
      return until(diagnostics) ? diagnostics : undefined;
    },
    () => `The diagnostics of ${uri.path} (${rulesOf(diplobriefDiagnostics(uri)).join(', ') || 'none'}) did not reach the expected state`,
    waitMs,
  );
}

/** The document's text once `until` holds for it; for commands that edit it after they return. */
export function waitForText(document: vscode.TextDocument, until: (text: string) => boolean): Promise<string> {
  return waitOn(
    vscode.workspace.onDidChangeTextDocument,
    () => (until(document.getText()) ? document.getText() : undefined),
    () => `The text of ${document.uri.path} did not change as expected; it is:\n${document.getText()}\n`,
  );
}

/**
 * Runs `attempt` (`what`: a code-action request, or a command that applies one) now and again after
 * every change of the file's diagnostics, until `settle()` returns a value: checked after each
 * attempt and each edit. VS Code drops the code-action requests in flight for a file whose
 * diagnostics are set again (by a late pull after the file opened, say) and recomputes the
 * light bulb; a user would ask again, and so do the tests.
 */
export async function retryOnDiagnosticsChange<T>(document: vscode.TextDocument, what: string, attempt: () => Thenable<unknown>, settle: () => T | undefined): Promise<T> {
  const attempted = new vscode.EventEmitter<void>();
  let failure = '';
  const run = () =>
    Promise.resolve(attempt()).then(
      () => attempted.fire(),
      (error: Error) => {
        if (error.name !== 'Canceled') failure = ` (the last attempt failed: ${error.message})`;
        attempted.fire();
      },
    );
  const uri = document.uri.toString();
  const rerun = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((changed) => changed.toString() === uri)) void run();
  });
  const edits = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.document === document) attempted.fire();
  });
  try {
    void run();
    return await waitOn(attempted.event, settle, () => `${what} on ${document.uri.path} had no effect${failure}`);
  } finally {
    rerun.dispose();
    edits.dispose();
    attempted.dispose();
  }
}

/** The first open tab that `match` accepts, once there is one. */
export function waitForTab(match: (tab: vscode.Tab) => boolean, what: string): Promise<vscode.Tab> {
  return waitOn(
    vscode.window.tabGroups.onDidChangeTabs,
    () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(match),
    () => `No tab with ${what} opened; the tabs are ${vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(', ') || 'none'}`,
  );
}
