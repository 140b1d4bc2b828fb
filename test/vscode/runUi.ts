/**
 * `npm run test:vscode`, part 2, and `npm run screenshots`: DiploBrief as a user meets it.
 * Installs the packaged diplobrief.vsix into code-server's VS Code, opens briefs in headless
 * chromium, checks what appears on screen and photographs it: squiggles with their hover,
 * the Problems panel, an initiative hover and an SDG completion list. Screenshots go to the
 * folder given as the first argument (default out/vscode-test/screenshots).
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../helpers/chromium';
import { installExtension, startCodeServer } from './codeServer';
import { createTestProfile, EXTENSION_ROOT, OUTPUT_DIR } from './testProfile';
import { SettingsLoader } from '../../server/src/config/settingsLoader';
import { loadBrief, lintLoaded } from '../../server/src/pipeline/lintFile';
import { budgetedWordCount } from '../../server/src/analyses/prose/prose';
import { summariseLint } from '../../server/src/report/portfolio';
import { describeLint } from '../../server/src/report/reportText';

const SHOTS = resolve(process.argv[2] ?? join(OUTPUT_DIR, 'screenshots'));
/** The screenshots the README shows; into a folder given as argument (docs/images) only these go, the rest stay in out/. */
const README_SHOTS = new Set(['diagnostics.png', 'completion.png', 'problems.png', 'initiative-hover.png', 'acronym-action.png', 'new-brief.png', 'walkthrough-done.png', 'portfolio-editor.png', 'sdg-evidence.png', 'sdg-tag-hover.png']);
/** Far above what a step takes (a second or two); only a broken step gets near it. */
const STEP_TIMEOUT_MS = 60_000;

const started = Date.now();
const step = (message: string) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);

/**
 * What the engine says of a file in the test workspace, to compare with what the editor
 * shows: its word count against the budget and its findings by severity, or undefined
 * for a file that is no brief.
 */
function engineView(workspace: string, relativePath: string): { words: string; problems: string } | undefined {
  const path = join(workspace, relativePath);
  const settings = new SettingsLoader({ baseDir: workspace }).forFile(path);
  const loaded = loadBrief(readFileSync(path, 'utf8'), path, settings, () => undefined);
  if (!loaded.isBrief) return undefined;
  const budget = (settings.config.rules['structure-length']?.options as { maxWords: number }).maxWords;
  return { words: `${budgetedWordCount(loaded.brief)} of ${budget} words`, problems: describeLint(summariseLint(lintLoaded(loaded))) };
}

/** What a user does and sees, on the workbench of the test workspace; throws at the first thing that does not appear. */
async function useDiploBrief(page: Page, workspace: string): Promise<void> {
  await page.getByRole('treeitem', { name: 'briefs' }).click();
  step('workbench loaded');

  const editor = page.locator('.editor-instance .monaco-editor').first();
  const open = async (name: string) => {
    await page.getByRole('treeitem', { name, exact: true }).dblclick();
    await page.locator('.tab.active', { hasText: name }).waitFor();
  };
  /** Runs a command from the command palette by its full title. */
  const runCommand = async (title: string) => {
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
  };
  const shoot = (name: string) => page.screenshot({ path: join(process.argv[2] === undefined || README_SHOTS.has(name) ? SHOTS : join(OUTPUT_DIR, 'screenshots'), name) });
  /** The `[@id]` reference in the text, once the editor shows it. */
  const reference = (id: string) => editor.locator('.view-line', { hasText: `[@${id}]` }).locator('span span', { hasText: id }).first();
  const hover = (text: string | RegExp) => page.locator('.monaco-hover:visible', { hasText: text }).first();
  /** Waits until the hover showing `text` has faded in, so that a picture does not catch it half drawn over the text. */
  const hoverDrawn = (text: string | RegExp) =>
    hover(text).evaluate((element) => Promise.all((element as unknown as { getAnimations(options: object): { finished: Promise<unknown> }[] }).getAnimations({ subtree: true }).map((animation) => animation.finished)));
  /**
   * Moves the mouse onto `target` until the hover shows `text`. Just after a file opens, its
   * diagnostics may arrive again and close a hover before it shows; a user would point at
   * it once more, and so does the test.
   */
  const hoverUntilShown = async (target: Locator, text: string) => {
    for (let attempt = 1; ; attempt++) {
      await target.hover();
      try {
        return await hover(text).waitFor({ timeout: 10_000 });
      } catch (error) {
        if (attempt === 6) throw error;
        await page.mouse.move(0, 0);
      }
    }
  };

  // The status bar follows the active editor: each brief's own figures, none for the README.
  /** VS Code prefixes the item's id with the extension's. */
  const statusBar = '.statusbar-item[id$=".diplobrief.status"]';
  for (const name of ['heat.brief.md', 'water.brief.md', 'README.md', 'heat.brief.md']) {
    await open(name);
    const expected = engineView(workspace, `briefs/${name}`);
    if (expected) await page.locator(`${statusBar}[aria-label="${expected.words}; ${expected.problems}"]`).waitFor();
    else await page.locator(statusBar).waitFor({ state: 'hidden' });
  }
  step('status bar shows the figures of each brief opened in turn, and nothing for the README');

  // The Briefs view counts as the status bar and the Problems panel do; no README, no empty goal.
  const briefsHeader = page.locator('.pane-header', { has: page.locator('h3.title', { hasText: /^Briefs$/ }) });
  await briefsHeader.click();
  const briefsView = page.locator('.pane', { has: briefsHeader });
  await briefsView.getByRole('treeitem', { name: /^6 Clean water/ }).click();
  const water = engineView(workspace, 'briefs/water.brief.md')!;
  await briefsView.getByRole('treeitem', { name: /^Water diplomacy for Barcelona/ }).locator('.label-description', { hasText: water.problems }).waitFor();
  const goals = await briefsView.getByRole('treeitem', { level: 1 }).allTextContents();
  if (goals.some((goal) => goal.includes('README') || /No poverty/.test(goal))) throw new Error(`The Briefs view lists ${goals.join(' | ')}.`);
  // A brief whose text serves a goal that its tags leave out stands under that goal too, marked so.
  await briefsView.getByRole('treeitem', { name: /^13 Climate action/ }).click();
  await briefsView.getByRole('treeitem', { name: /^A climate-ready Barcelona/ }).locator('.label-description', { hasText: 'untagged, served by its text' }).waitFor();
  await shoot('briefs-view.png');
  step('Briefs view: the problem counts of the status bar, no README, no goal without a brief, and goals served by the text untagged');

  await open('water.brief.md');
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached' });
  await hoverUntilShown(reference('bcn-urban-lab'), "does not list it. Add 'bcn-urban-lab' to `initiatives`");
  await hover('Barcelona, Spain · since 2022').waitFor();
  await hover(/Quick Fix\.\.\./).waitFor();
  await shoot('diagnostics.png');
  step('squiggles, and a hover with the finding, its rule and the initiative card');

  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel');
  for (const rule of ['structure-required-sections', 'initiative-untagged-reference', 'sdg-body-mention-untagged']) {
    await problems.locator('.monaco-list-row', { hasText: rule }).first().waitFor();
  }
  await shoot('problems.png');
  step('Problems panel lists the findings with their rules');
  await page.keyboard.press('Control+Shift+M');

  // SDG evidence: the suggestion points at the sentences that carry it; a tag's hover says whether the text supports it.
  await open('climate.brief.md');
  const tagLine = editor.locator('.view-line', { hasText: 'sdgs: [11]' });
  await editor.locator('.squiggly-info').first().waitFor({ state: 'attached' });
  await hoverUntilShown(tagLine.locator('span', { hasText: /^sdgs$/ }).last(), 'speaks of SDG 13 here.');
  await hover(/The text clearly serves SDG 13/).waitFor();
  await hoverDrawn(/The text clearly serves SDG 13/);
  await shoot('sdg-evidence.png');
  step('the SDG suggestion, with the sentences that carry its evidence as related information');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await hoverUntilShown(tagLine.locator('span', { hasText: /^11$/ }).last(), 'In this brief:');
  await hover('Sustainable cities and communities').waitFor();
  await hoverDrawn('In this brief:');
  await shoot('sdg-tag-hover.png');
  step('hover on an SDG tag: the goal, and whether the text supports it');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  await open('heat.brief.md');
  await hoverUntilShown(reference('scitech-diplohub'), 'SciTech DiploHub');
  await hover('Barcelona, Spain · since 2018').waitFor();
  await shoot('initiative-hover.png');
  step('initiative card on hover');

  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  // A new tag before the closing bracket of `sdgs: [11, "11.5"]`: the space after the comma opens the list.
  await editor.locator('.view-line', { hasText: 'sdgs: [11, "11.5"]' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(', ');
  await page.locator('.suggest-widget .monaco-list-row', { hasText: 'Climate action' }).waitFor();
  await page.keyboard.press('Control+Space'); // shows the focused goal's documentation beside the list
  await page.locator('.suggest-details', { hasText: 'End poverty in all its forms everywhere' }).waitFor();
  await shoot('completion.png');
  step('SDG goals offered with their names and official text');
  await page.keyboard.press('Escape');

  // After "11." the targets come first, then the indicators, each labelled.
  const suggestion = (index: number) => page.locator(`.suggest-widget .monaco-list-row[data-index="${index}"]`);
  await page.keyboard.type('11.');
  await suggestion(0).filter({ hasText: '11.1' }).filter({ hasText: 'target' }).waitFor();
  await page.locator('.suggest-widget .monaco-list-row', { hasText: 'indicator' }).first().waitFor();
  const kinds = await page.locator('.suggest-widget .monaco-list-row .details-label, .suggest-widget .monaco-list-row .label-description').allInnerTexts();
  if (kinds.indexOf('indicator') >= 0 && kinds.slice(kinds.indexOf('indicator')).includes('target')) throw new Error(`Targets and indicators interleave: ${kinds.join(', ')}`);
  await shoot('completion-targets.png');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  step('targets of goal 11 first, then its indicators, each labelled');

  // After "[@" the initiatives the brief points to come first, saying why.
  await editor.locator('.view-line', { hasText: 'researchers abroad.' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' See [@');
  await suggestion(0).filter({ hasText: 'bcn-urban-lab' }).filter({ hasText: 'tagged in this brief' }).waitFor();
  await suggestion(1).filter({ hasText: 'scitech-diplohub' }).filter({ hasText: 'tagged in this brief' }).waitFor();
  await suggestion(2).filter({ hasText: 'in Barcelona' }).waitFor();
  await shoot('completion-initiatives.png');
  await page.keyboard.press('Escape');
  for (let i = 0; i < ' See [@'.length; i++) await page.keyboard.press('Backspace');
  step('after [@ the tagged initiatives first, then those of the brief\'s city');

  await editor.locator('.view-line', { hasText: 'researchers abroad.' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Geneva has ');
  await runCommand('DiploBrief: Insert Initiative Reference');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'GESDA' }).first().waitFor();
  await page.keyboard.type('gesda');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: '@gesda' }).waitFor();
  await page.keyboard.press('Enter');
  await editor.locator('.view-line', { hasText: '[@gesda]' }).waitFor();
  step('Insert Initiative Reference puts [@gesda] into the brief');

  // An acronym the team always leaves undefined goes into the team's acronyms, a file made for it.
  /** The problem counts the status bar shows, without the word count. */
  const statusProblems = async () => (await page.locator(statusBar).getAttribute('aria-label'))?.split('; ')[1];
  /** Waits until the status bar's problem counts are (or, with `differ`, are no longer) `counts`. */
  const waitForProblems = (counts: string | undefined, differ = false) =>
    page.waitForFunction(
      ([selector, expected, negate]) => {
        // Runs in the page, where `document` is the workbench's.
        const page = globalThis as unknown as { document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null } };
        const shown = page.document.querySelector(selector as string)?.getAttribute('aria-label')?.split('; ')[1];
        return shown !== undefined && (shown === expected) !== negate;
      },
      [statusBar, counts, differ] as const,
    );
  let findingsBefore: string | undefined;
  /** Types text that makes a finding, and waits until the status bar counts it. */
  const typeNewFinding = async (text: string) => {
    findingsBefore = await statusProblems();
    await page.keyboard.type(text);
    await waitForProblems(findingsBefore, true);
  };
  const quickFix = (title: string) => page.locator('.action-widget .monaco-list-row', { hasText: title });
  /** Takes a quick fix from the open menu with the keyboard, as the menu blocks the pointer while it opens. */
  const takeQuickFix = async (title: string) => {
    await quickFix(title).waitFor();
    for (let moves = 0; !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: title }).count()); moves++) {
      if (moves > 10) throw new Error(`The quick fix '${title}' could not be reached with the arrow keys.`);
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
  };
  await editor.locator('.view-line', { hasText: 'fund the lab' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await typeNewFinding('- The IPCC authors should brief the council each spring.');
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+.');
  await quickFix("Add 'IPCC' to the team's acronyms").waitFor();
  await shoot('acronym-action.png');
  await takeQuickFix("Add 'IPCC' to the team's acronyms");
  await page.getByRole('treeitem', { name: 'vocabulary.yaml', exact: true }).waitFor();
  await waitForProblems(findingsBefore);
  step("Add 'IPCC' to the team's acronyms writes vocabulary.yaml, and the finding goes");

  // A finding in the front matter can be switched off for its line.
  await editor.locator('.view-line', { hasText: 'status: draft' }).click();
  await page.keyboard.press('End');
  await typeNewFinding('y');
  await page.keyboard.press('Control+.');
  await quickFix('Disable front-matter-schema for this line').waitFor();
  await quickFix('Disable front-matter-schema for this file').waitFor();
  await shoot('front-matter-action.png');
  await takeQuickFix('Disable front-matter-schema for this line');
  await editor.locator('.view-line', { hasText: 'status: drafty # diplobrief-disable-line front-matter-schema' }).waitFor();
  await waitForProblems(findingsBefore);
  step('a front matter finding disabled for its line with a YAML comment');

  // The Output panel lists a DiploBrief channel, where the server says it runs.
  await runCommand('Output: Show Output Channels...');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /^DiploBrief$/ }).click();
  await page.locator('.part.panel .view-line', { hasText: 'The DiploBrief language server' }).first().waitFor();
  await shoot('output-channel.png');
  step('the Output panel has a DiploBrief channel, where the server says it runs');

  // The walkthrough: its own icon, plain step texts, and buttons that do what they say.
  await runCommand('View: Hide Panel');
  await runCommand('Welcome: Open Walkthrough...');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Write your first policy brief' }).click();
  const walkthrough = page.locator('.gettingStartedContainer');
  const stepOf = (title: string) => walkthrough.locator('.getting-started-step', { hasText: title });
  await stepOf('Start a brief').waitFor();
  const texts = await walkthrough.locator('.getting-started-step').allInnerTexts();
  if (texts.some((text) => text.includes('`'))) throw new Error(`The walkthrough shows backticks: ${texts.join(' | ')}`);
  const icon = await walkthrough.locator('img.category-icon').first().getAttribute('src');
  if (!icon?.includes('icon.png')) throw new Error(`The walkthrough's icon is ${icon}.`);
  await shoot('walkthrough.png');
  step('walkthrough with the extension icon and no backticks in its steps');

  // Start a brief: New Policy Brief asks for the title, the city and the folder; the brief it writes has no finding.
  await stepOf('Start a brief').click();
  await stepOf('Start a brief').getByRole('button', { name: 'New Policy Brief' }).click();
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.filter({ hasText: 'New Policy Brief (1/3)' }).waitFor();
  await quickInput.locator('input').fill('Cooling Lisbon with shade');
  await page.keyboard.press('Enter');
  await quickInput.filter({ hasText: 'New Policy Brief (2/3)' }).waitFor();
  await quickInput.locator('input').fill('Lisbon');
  // A click accepts a row itself; an Enter typed while the list is drawn again can be lost.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Lisbon' }).click();
  await quickInput.filter({ hasText: 'New Policy Brief (3/3)' }).waitFor();
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'briefs' }).click();
  await page.locator('.tab.active', { hasText: 'cooling-lisbon-with-shade.brief.md' }).waitFor();
  const created = engineView(workspace, 'briefs/cooling-lisbon-with-shade.brief.md');
  if (created?.problems !== '0 errors, 0 warnings, 0 info') throw new Error(`The new brief has ${created?.problems ?? 'no brief'}.`);
  await page.locator(`${statusBar}[aria-label="${created.words}; ${created.problems}"]`).waitFor();
  await shoot('new-brief.png');
  step('New Policy Brief asks for title, city and folder and writes a brief with no finding');

  await page.locator('.tab', { hasText: 'Walkthrough' }).click();
  await stepOf('Start a brief').locator('.codicon-getting-started-step-checked').waitFor();
  await stepOf('Tag SDGs and initiatives').click();
  await stepOf('Tag SDGs and initiatives').getByRole('button', { name: 'Insert Initiative Reference' }).click();
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'GESDA' }).first().waitFor();
  await page.keyboard.type('gesda');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: '@gesda' }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'cooling-lisbon-with-shade.brief.md' }).waitFor();
  await editor.locator('.view-line', { hasText: '[@gesda]' }).waitFor();
  await page.locator('.tab', { hasText: 'Walkthrough' }).click();
  await stepOf('Tag SDGs and initiatives').locator('.codicon-getting-started-step-checked').waitFor();
  await stepOf('Fix what DiploBrief finds').click();
  await stepOf('Fix what DiploBrief finds').getByRole('button', { name: 'Fix All' }).click();
  await page.locator('.tab.active', { hasText: 'cooling-lisbon-with-shade.brief.md' }).waitFor();
  await page.locator('.notification-toast', { hasText: 'DiploBrief found nothing it can fix safely' }).waitFor();
  await page.locator('.tab', { hasText: 'Walkthrough' }).click();
  await stepOf('Fix what DiploBrief finds').locator('.codicon-getting-started-step-checked').waitFor();
  await shoot('walkthrough-done.png');
  step('walkthrough buttons act on the brief and tick their steps once done');

  // The Group By picker marks the current grouping; by status, only statuses with briefs.
  // (In a brief first: the walkthrough moves the focus to its next step a moment after one ticks.)
  await open('heat.brief.md');
  await runCommand('Notifications: Clear All Notifications');
  await runCommand('DiploBrief: Group Briefs By...');
  await page.locator('.quick-input-list .monaco-list-row.focused:visible', { hasText: 'SDG' }).filter({ hasText: 'current' }).waitFor();
  await shoot('group-by.png');
  await page.keyboard.type('Status');
  await page.locator('.quick-input-list .monaco-list-row.focused:visible', { hasText: 'Status' }).waitFor();
  await page.keyboard.press('Enter');
  await briefsHeader.filter({ hasText: 'by Status' }).waitFor();
  await briefsView.getByRole('treeitem', { name: /^draft \d/ }).waitFor();
  const statuses = await briefsView.getByRole('treeitem', { level: 1 }).allInnerTexts();
  if (statuses.some((status) => status.startsWith('final'))) throw new Error(`The Briefs view lists a status no brief has: ${statuses.join(' | ')}`);
  step('Group By marks the current grouping; by status, only the statuses of the briefs');

  // The portfolio fits the editor, titles on two lines at most, and opens briefs beside it in one group.
  await runCommand('DiploBrief: Show Portfolio');
  const portfolio = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const matrix = portfolio.locator('.matrix');
  await matrix.waitFor();
  const widths = await portfolio.locator('.scroll').first().evaluate((element) => [element.scrollWidth, element.clientWidth]);
  if (widths[0] > widths[1]) throw new Error(`The SDG matrix is ${widths[0]} px wide in ${widths[1]} px: it scrolls sideways.`);
  const titleLines = await matrix.locator('tbody th[scope=row] .title').evaluateAll((titles) =>
    titles.map((title) => {
      // Runs in the page, whose window has getComputedStyle.
      const style = (globalThis as unknown as { getComputedStyle(element: unknown): { lineHeight: string } }).getComputedStyle(title);
      return Math.round(title.getBoundingClientRect().height / parseFloat(style.lineHeight));
    }),
  );
  if (titleLines.some((lines) => lines > 2)) throw new Error(`Brief titles take ${titleLines.join(', ')} lines in the matrix.`);
  // A goal the text serves but the tags leave out is marked in the brief's row, not left blank.
  await matrix.locator('tbody tr', { hasText: 'A climate-ready Barcelona' }).locator('td.text-only[data-goal="13"]').waitFor();
  await shoot('portfolio-editor.png');
  const groups = page.locator('.editor-group-container');
  const before = await groups.count();
  for (const title of ['Water diplomacy for Barcelona', 'Cooling Barcelona with science diplomacy']) {
    await matrix.locator('tbody tr', { hasText: title }).click();
    await page.locator('.tab.active', { hasText: title.startsWith('Water') ? 'water.brief.md' : 'heat.brief.md' }).waitFor();
  }
  if ((await groups.count()) !== before + 1) throw new Error(`Opening two briefs from the portfolio made ${(await groups.count()) - before} editor groups.`);
  await page.locator('.tab', { hasText: 'Brief Portfolio' }).waitFor();
  step(`portfolio matrix ${widths[0]} px in ${widths[1]} px, titles of at most two lines, goals served by the text untagged marked, briefs opened beside it in one group`);
}

async function main(): Promise<boolean> {
  if (!chromiumAvailable()) throw new Error('/usr/bin/chromium is missing: run test/vscode/setup.sh first.');
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(join(OUTPUT_DIR, 'screenshots'), { recursive: true });
  const profile = createTestProfile({ 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Light Modern' });
  await installExtension(profile, join(EXTENSION_ROOT, 'diplobrief.vsix'));
  step('installed diplobrief.vsix');
  const server = await startCodeServer(profile, join(OUTPUT_DIR, 'ui-code-server.log'));
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(server.workbenchUrl(profile.workspace), { waitUntil: 'commit' });
    await useDiploBrief(page, profile.workspace);
    return true;
  } catch (error) {
    console.error((await page.locator('.getting-started-step').evaluateAll((steps) => steps.map((step) => step.outerHTML.slice(0, 600)))).join('\n\n'));
    const failure = join(OUTPUT_DIR, 'ui-failure.png');
    await page.screenshot({ path: failure }).catch(() => {});
    console.error(`${(error as Error).message}\nWhat the browser showed: ${failure}; code-server's log: ${join(OUTPUT_DIR, 'ui-code-server.log')}.`);
    return false;
  } finally {
    await browser.close();
    server.stop();
    rmSync(profile.dir, { recursive: true, force: true });
  }
}

main().then(
  (passed) => {
    console.log(`UI: ${passed ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
    process.exit(passed ? 0 : 1);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
