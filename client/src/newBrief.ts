import * as vscode from 'vscode';
import { walkthroughStepDone } from './walkthroughProgress';
import type { ServerClient } from './serverClient';
import { InitiativesRequest, type InitiativeSummary, type InitiativesParams } from '../../server/src/lsp/protocol';
import { briefFileName, briefTemplate, FIRST_PLACEHOLDER } from './briefTemplate';

const STEPS = 3;

/**
 * "DiploBrief: New Policy Brief": asks for the title, the city and the folder, writes a
 * brief that lints clean where the `files` globs find it (a `.brief.md` file), and opens it.
 */
export async function newPolicyBrief(client: ServerClient): Promise<vscode.Uri | undefined> {
  const title = (
    await vscode.window.showInputBox({
      title: `New Policy Brief (1/${STEPS})`,
      prompt: 'The title of the brief, as readers will see it.',
      placeHolder: 'Cooling Barcelona with science diplomacy',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? 'Type a title for the brief.' : undefined),
    })
  )?.trim();
  if (!title) return undefined;
  const folders = await candidateFolders();
  const city = await pickCity(client, folders[0]);
  if (!city) return undefined;
  const text = briefTemplate({ title, city, date: new Date().toISOString().slice(0, 10) });
  if (folders.length === 0) {
    // No folder open: an untitled brief, saved wherever the user chooses.
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document, { selection: firstPlaceholder(text) });
    await walkthroughStepDone('diplobrief.briefCreated');
    return document.uri;
  }
  const folder = folders.length === 1 ? folders[0] : await pickFolder(folders);
  if (!folder) return undefined;

  const uri = await freeUri(folder, briefFileName(title));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(uri, { preview: false, selection: firstPlaceholder(text) });
  // For the walkthrough: its first step is done once a brief exists, not when the command starts.
  await walkthroughStepDone('diplobrief.briefCreated');
  return uri;
}

/** The executive summary's first sentence, selected so that typing replaces it. */
function firstPlaceholder(text: string): vscode.Range {
  const line = text.split('\n').indexOf(FIRST_PLACEHOLDER);
  return new vscode.Range(line, 0, line, FIRST_PLACEHOLDER.length);
}

/** A city of the catalogue, or any other the user types. */
async function pickCity(client: ServerClient, folder: vscode.Uri | undefined): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = `New Policy Brief (2/${STEPS})`;
  pick.placeholder = 'The city the brief is for: pick one with catalogued initiatives, or type another';
  pick.ignoreFocusOut = true;
  pick.busy = true;
  // Listening before the catalogue loads: an Enter pressed meanwhile takes what was typed.
  const accepted = new Promise<string | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || undefined)));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.show();
  const uri = folder ? vscode.Uri.joinPath(folder, 'new.brief.md').toString() : 'untitled:new.brief.md';
  const initiatives = await client.request<InitiativeSummary[]>(InitiativesRequest, { uri } satisfies InitiativesParams).catch(() => []);
  const counts = new Map<string, number>();
  for (const { city } of initiatives) if (city) counts.set(city, (counts.get(city) ?? 0) + 1);
  const catalogued = [...counts].sort((x, y) => x[0].localeCompare(y[0])).map(([label, count]) => ({ label, description: `${count} initiative${count === 1 ? '' : 's'}` }));
  // What was typed while the catalogue loaded is offered too.
  const offer = () => {
    const typed = pick.value.trim();
    const known = catalogued.some((item) => item.label.toLowerCase() === typed.toLowerCase());
    pick.items = typed && !known ? [{ label: typed, description: 'a city with no catalogued initiative' }, ...catalogued] : catalogued;
  };
  offer();
  pick.busy = false;
  pick.onDidChangeValue(offer);
  const city = await accepted;
  pick.dispose();
  return city;
}

async function pickFolder(folders: vscode.Uri[]): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showQuickPick(
    folders.map((uri, index) => ({ label: vscode.workspace.asRelativePath(uri, true) || uri.fsPath, description: index === 0 ? 'where most briefs are' : undefined, uri })),
    { title: `New Policy Brief (3/${STEPS})`, placeHolder: 'The folder to save the brief in', ignoreFocusOut: true },
  );
  return picked?.uri;
}

/** Folders that hold briefs, the fullest first; else `briefs/` or the workspace folder itself. */
async function candidateFolders(): Promise<vscode.Uri[]> {
  const roots = vscode.workspace.workspaceFolders ?? [];
  const briefs = await vscode.workspace.findFiles('{**/*.brief.md,**/briefs/**/*.md}', '**/node_modules/**', 500);
  const counts = new Map<string, { uri: vscode.Uri; count: number }>();
  for (const brief of briefs) {
    const folder = vscode.Uri.joinPath(brief, '..');
    const entry = counts.get(folder.toString()) ?? { uri: folder, count: 0 };
    entry.count++;
    counts.set(folder.toString(), entry);
  }
  const withBriefs = [...counts.values()].sort((a, b) => b.count - a.count).map((entry) => entry.uri);
  const fallbacks = roots.flatMap((root) => [vscode.Uri.joinPath(root.uri, 'briefs'), root.uri]);
  const all = [...withBriefs, ...fallbacks];
  return all.filter((uri, index) => all.findIndex((other) => other.toString() === uri.toString()) === index);
}

/** `name` in the folder, or `name-2`, `name-3`… when a file of that name exists. */
async function freeUri(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  const stem = name.replace(/\.brief\.md$/, '');
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? name : `${stem}-${n}.brief.md`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}
