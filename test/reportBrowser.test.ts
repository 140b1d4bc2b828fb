import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './helpers/chromium';
import { contrastRatio } from '../server/src/report/contrast';
import type { Portfolio } from '../server/src/report/portfolio';
import { renderHtml } from '../server/src/report/renderHtml';

const CLI = join(__dirname, '..', 'bin', 'diplobrief.js');
const FIXTURES = join(__dirname, 'fixtures', 'portfolio');
// `npm run screenshots` sets DIPLOBRIEF_SCREENSHOTS=docs/images; `npm test` writes nothing into the tree.
const SCREENSHOT = join(process.env.DIPLOBRIEF_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'diplobrief-shot-')), 'portfolio.png');

function report(format: 'html' | 'json', out: string): void {
  const result = spawnSync(process.execPath, [CLI, 'report', '.', '--format', format, '--out', out], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
  });
  assert.equal(result.status, 0, result.stderr);
}

/** The goals marked in a brief's row of the matrix, by the brief's path. */
function markedGoals(page: Page, path: string): Promise<string[]> {
  return page.locator(`table.matrix tbody tr[data-open="${path}"] td.hit`).evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-goal')!));
}

describe('HTML portfolio report in headless Chromium', function () {
  // Starting a browser on a busy two-core machine can take far longer than a unit test.
  this.timeout(120_000);
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let portfolio: Portfolio;
  const requested: string[] = [];

  before(async function () {
    if (!chromiumAvailable()) {
      console.log('    Skipped: /usr/bin/chromium is not installed; run test/setup-chromium.sh to install it.');
      this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-report-'));
    report('html', join(dir, 'portfolio.html'));
    report('json', join(dir, 'portfolio.json'));
    portfolio = JSON.parse(readFileSync(join(dir, 'portfolio.json'), 'utf8'));
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(pathToFileURL(join(dir, 'portfolio.html')).href);
  });

  after(async () => {
    await browser?.close();
  });

  it('marks exactly the goals each brief is tagged with', async () => {
    assert.deepEqual(await markedGoals(page, 'briefs/barcelona-heat.brief.md'), ['11', '13']);
    assert.deepEqual(await markedGoals(page, 'briefs/geneva-water.brief.md'), ['6', '17'], 'a target counts toward its goal');
    assert.deepEqual(await markedGoals(page, 'briefs/untagged.brief.md'), []);
    for (const brief of portfolio.briefs) assert.deepEqual(await markedGoals(page, brief.path), brief.goals);
    const mark = await page.$eval('tr[data-open="briefs/barcelona-heat.brief.md"] td[data-goal="11"]', (cell) => cell.textContent);
    assert.equal(mark, '●Serves SDG 1111.5', 'a mark, words for screen readers and the target tagged');
  });

  it('flags the goals no brief serves', async () => {
    const flagged = await page.locator('table.matrix thead th.uncovered').evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('data-goal'), cell.textContent]));
    assert.deepEqual(
      flagged.map(([goal]) => goal),
      portfolio.uncoveredGoals,
    );
    assert.ok(flagged.every(([, text]) => text!.endsWith('no brief')));
    const totals = await page.$$eval('table.matrix tfoot td', (cells) => cells.map((cell) => cell.textContent));
    assert.deepEqual(totals, portfolio.goals.map((goal) => (goal.briefs === 0 ? '0 ⚠No brief' : String(goal.briefs))));
    const listed = await page.$$eval('.gaps li b', (items) => items.map((item) => item.textContent));
    assert.deepEqual(listed, portfolio.uncoveredGoals);
  });

  it('is a real table: a caption, column and row headers', async () => {
    assert.match((await page.textContent('table.matrix caption'))!, /17 Sustainable Development Goals/);
    assert.deepEqual(await page.$$eval('table.matrix thead th', (cells) => [...new Set(cells.map((cell) => cell.getAttribute('scope')))]), ['col']);
    const rowHeaders = await page.$$eval('table.matrix tbody th', (cells) => cells.map((cell) => [cell.getAttribute('scope'), cell.querySelector('.title')!.textContent]));
    assert.deepEqual(rowHeaders, portfolio.briefs.map((brief) => ['row', brief.title]));
  });

  it('writes every coloured cell with WCAG AA contrast', async () => {
    // Evaluated in the page, where the DOM's globals exist; the tests' own types have none.
    const pairs = await page.evaluate<[string, string][]>(`[...document.querySelectorAll('table.matrix th.goal:not(.uncovered), table.matrix td.hit, .gaps li')]
      .map((cell) => [getComputedStyle(cell).color, getComputedStyle(cell).backgroundColor])`);
    assert.ok(pairs.length > 0);
    for (const [colour, background] of pairs) {
      assert.ok(contrastRatio(hex(colour), hex(background)) >= 4.5, `${colour} on ${background}`);
    }
  });

  it('loads nothing but the page itself', () => {
    assert.deepEqual(requested.filter((url) => !url.endsWith('/portfolio.html')), []);
  });

  it('fits a phone: only the matrix scrolls sideways, its first column stays in view', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth'), 'the page itself does not scroll sideways');
    const scroller = page.locator('.scroll:has(table.matrix)');
    assert.ok(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth));
    await scroller.evaluate((element) => element.scrollTo({ left: 600 }));
    const [rowHeader, container] = await Promise.all([
      page.locator('table.matrix tbody th').first().boundingBox(),
      scroller.boundingBox(),
    ]);
    assert.ok(Math.abs(rowHeader!.x - container!.x) <= 1.5, `the row header stays at the left edge (${rowHeader!.x} vs ${container!.x})`);
    await scroller.evaluate((element) => element.scrollTo({ left: 0 }));
  });

  it('in an editor webview, posts which brief a clicked cell or a brief not read belongs to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-webview-'));
    const notRead = [{ path: 'briefs/scan.brief.md', rule: 'file-binary', reason: 'This file is binary (it contains NUL bytes), so it was not linted. Save the brief as UTF-8 text.' }];
    writeFileSync(join(dir, 'webview.html'), renderHtml({ ...portfolio, notRead }, { webview: { cspSource: 'vscode-webview:', nonce: 'bm9uY2U=' } }));
    const webview = await browser.context.newPage();
    // Stands in for the API that VS Code gives a webview's scripts.
    await webview.addInitScript('window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (message) => window.posted.push(message) });');
    await webview.goto(pathToFileURL(join(dir, 'webview.html')).href);
    await webview.click('tr[data-open="briefs/kigali-energy.brief.md"] td[data-goal="7"]');
    await webview.click('tr[data-open="briefs/geneva-water.brief.md"] th a');
    await webview.click('li[data-open="briefs/scan.brief.md"] .reason');
    assert.deepEqual(await webview.evaluate('window.posted'), [
      { type: 'open', path: 'briefs/kigali-energy.brief.md' },
      { type: 'open', path: 'briefs/geneva-water.brief.md' },
      { type: 'open', path: 'briefs/scan.brief.md' },
    ]);
    assert.equal(webview.url(), pathToFileURL(join(dir, 'webview.html')).href, 'a click does not navigate away');
    await webview.close();
  });

  it('takes the screenshot the README shows, of the whole page', async () => {
    await page.setViewportSize({ width: 1600, height: 900 });
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    assert.equal(png.readUInt32BE(16), 1600);
    assert.ok(png.readUInt32BE(20) >= 900, 'the whole page, not just the viewport');
  });
});

/** `rgb(r, g, b)` as `#RRGGBB`. */
function hex(rgb: string): string {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
