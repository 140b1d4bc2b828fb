import * as vscode from 'vscode';
import { walkthroughStepDone } from './walkthroughProgress';
import type { ServerClient } from './serverClient';
import {
  InitiativesRequest,
  LintWorkspaceRequest,
  RulesRequest,
  SAVE_FILES_COMMAND,
  type InitiativeSummary,
  type InitiativesParams,
  type LintWorkspaceResult,
  type RuleSummary,
} from '../../server/src/lsp/protocol';
import { describeLint } from '../../server/src/report/reportText';
import { newPolicyBrief } from './newBrief';

/** The Markdown document last in the active editor, for commands run while another editor (the walkthrough) is active. */
let lastMarkdown: vscode.TextDocument | undefined;

/**
 * The editor a brief command works on: the active one, else the Markdown document last
 * edited, brought back to the front so the user sees the change. With none, says how to
 * get one.
 */
async function briefEditor(purpose: string): Promise<vscode.TextEditor | undefined> {
  const active = vscode.window.activeTextEditor;
  if (active?.document.languageId === 'markdown') return active;
  if (lastMarkdown && !lastMarkdown.isClosed) return vscode.window.showTextDocument(lastMarkdown);
  const choice = await vscode.window.showInformationMessage(`Open a brief to ${purpose} in, or start a new one.`, 'New Policy Brief');
  if (choice) await vscode.commands.executeCommand('diplobrief.newBrief');
  return undefined;
}

/** The commands of the "DiploBrief" category; each one asks the server or drives the editor. */
export function registerCommands(client: ServerClient): vscode.Disposable[] {
  const command = vscode.commands.registerCommand;
  const remember = (editor: vscode.TextEditor | undefined) => editor?.document.languageId === 'markdown' && (lastMarkdown = editor.document);
  remember(vscode.window.activeTextEditor);
  return [
    vscode.window.onDidChangeActiveTextEditor(remember),
    command('diplobrief.newBrief', () => newPolicyBrief(client)),

    command('diplobrief.insertInitiativeReference', async () => {
      const editor = await briefEditor('cite an initiative');
      if (!editor) return;
      const initiatives = await client.request<InitiativeSummary[]>(InitiativesRequest, { uri: editor.document.uri.toString() } satisfies InitiativesParams);
      const picked = await vscode.window.showQuickPick(
        initiatives.map((initiative) => ({
          label: initiative.name,
          description: `@${initiative.id}`,
          detail: [initiative.kind === 'network' ? 'City network or international body' : undefined, initiative.city, initiative.country, initiative.year].filter(Boolean).join(', '),
          id: initiative.id,
        })),
        { placeHolder: 'Cite a city initiative or network', matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return;
      await editor.edit((edit) => editor.selections.forEach((selection) => edit.replace(selection, `[@${picked.id}]`)));
      await walkthroughStepDone('diplobrief.referenceInserted');
    }),

    command('diplobrief.lintWorkspace', async () => {
      const result = await client.request<LintWorkspaceResult>(LintWorkspaceRequest, {});
      const message = `DiploBrief linted ${result.briefs} brief${result.briefs === 1 ? '' : 's'}: ${describeLint(result)}.`;
      const choice = await vscode.window.showInformationMessage(message, 'Show Problems');
      if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),

    command('diplobrief.fixAll', async () => {
      const document = (await briefEditor('fix'))?.document;
      if (!document) return;
      // An edit typed while the server worked would shift the fix: ask again for the new text.
      for (;;) {
        const version = document.version;
        const edit = await client.fixAllEdit(document);
        if (version !== document.version) continue;
        if (edit) await vscode.workspace.applyEdit(edit);
        else void vscode.window.showInformationMessage('DiploBrief found nothing it can fix safely in this brief; the light bulb offers suggestions to review one by one.');
        await walkthroughStepDone('diplobrief.fixAllRun');
        return;
      }
    }),

    command('diplobrief.showRuleDocs', async (ruleId?: string) => {
      const rules = await client.request<RuleSummary[]>(RulesRequest, {});
      const rule =
        rules.find((candidate) => candidate.id === ruleId) ??
        (await vscode.window.showQuickPick(
          rules.map((candidate) => ({ label: candidate.id, detail: candidate.description, rule: candidate })),
          { placeHolder: 'Open the documentation of a rule', matchOnDetail: true },
        ))?.rule;
      if (rule) await vscode.env.openExternal(vscode.Uri.parse(rule.docsUrl));
    }),

    command('diplobrief.restartServer', () => client.restart()),

    command(SAVE_FILES_COMMAND, async (uris: string[]) => {
      // Compared as paths: the server and VS Code may encode the same URI differently.
      const paths = new Set(uris.map((uri) => vscode.Uri.parse(uri).fsPath));
      const open = vscode.workspace.textDocuments.filter((document) => paths.has(document.uri.fsPath));
      await Promise.all(open.map((document) => document.save()));
    }),
  ];
}
