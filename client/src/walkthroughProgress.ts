import * as vscode from 'vscode';

/** The walkthrough steps that tick on what the user did, by the context key their `completionEvents` name. */
const STEPS = {
  'diplobrief.briefCreated': 'newBrief',
  'diplobrief.referenceInserted': 'tag',
  'diplobrief.fixAllRun': 'fix',
} as const;

export type WalkthroughEvent = keyof typeof STEPS;

const WALKTHROUGH = 'diplobrief.diplobrief#diplobrief.gettingStarted';

/**
 * Ticks the walkthrough step that `event` completes. The context key is what the step's
 * `completionEvents` wait for; VS Code counts it only while its walkthrough service runs,
 * which starts when the walkthrough is first shown, so the step is also marked done by id.
 */
export async function walkthroughStepDone(event: WalkthroughEvent): Promise<void> {
  await vscode.commands.executeCommand('setContext', event, true);
  await vscode.commands.executeCommand('welcome.markStepComplete', `${WALKTHROUGH}#${STEPS[event]}`).then(undefined, () => {
    // A VS Code without walkthroughs has nothing to tick.
  });
}
