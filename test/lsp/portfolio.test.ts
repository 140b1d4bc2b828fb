import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useServer } from '../helpers/lspClient';
import { PortfolioChangedNotification, PortfolioRequest } from '../../server/src/lsp/protocol';
import type { Portfolio } from '../../server/src/report/portfolio';

/** How long to wait for the server's notice; the wait ends as soon as it comes. */
const TIMEOUT_MS = 10_000;

describe('portfolio request', () => {
  const server = useServer({ perTest: true });

  it('answers with the report model of the workspace, each brief with its URI', async () => {
    const { client } = server;
    const portfolio = await client.request<Portfolio>(PortfolioRequest, {});
    assert.deepEqual(
      portfolio.briefs.map((brief) => [brief.path, brief.uri, brief.goals]),
      [
        ['briefs/heat.brief.md', client.uri('briefs/heat.brief.md'), ['11']],
        ['briefs/water.brief.md', client.uri('briefs/water.brief.md'), ['6']],
      ],
      'notes/ideas.md is not a brief',
    );
    assert.equal(portfolio.goals.length, 17);
    const lab = portfolio.initiatives.find((initiative) => initiative.id === 'bcn-urban-lab')!;
    assert.deepEqual([lab.known, lab.city, lab.briefs], [true, 'Barcelona', 2], "the team's initiatives file counts");
    assert.ok(portfolio.briefs.find((brief) => brief.path === 'briefs/water.brief.md')!.lint.warnings > 0);
  });

  it('lists a brief it cannot read by name and why, outside every count', async () => {
    const { client, root } = server;
    writeFileSync(join(root, 'briefs', 'scan.brief.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff, 0xfe, 0]));
    writeFileSync(join(root, 'notes', 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0])); // binary, but no brief
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: ['briefs/scan.brief.md', 'notes/scan.md'].map((path) => ({ uri: client.uri(path), type: 1 })),
    });
    const portfolio = await client.request<Portfolio>(PortfolioRequest, {});
    assert.deepEqual(portfolio.notRead, [
      {
        path: 'briefs/scan.brief.md',
        uri: client.uri('briefs/scan.brief.md'),
        rule: 'file-binary',
        reason: 'This file is binary (it contains NUL bytes), so it was not linted. Save the brief as UTF-8 text.',
      },
    ]);
    assert.deepEqual(portfolio.briefs.map((brief) => brief.path), ['briefs/heat.brief.md', 'briefs/water.brief.md']);
    assert.equal(portfolio.totals.briefs, 2);
  });

  it('tells the client when a brief changes, and the next answer has the editor text', async () => {
    const { client, root } = server;
    await client.request<Portfolio>(PortfolioRequest, {});
    const changed = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${PortfolioChangedNotification} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      client.connection.onNotification(PortfolioChangedNotification, () => (clearTimeout(timer), resolve()));
    });
    const uri = await client.open('briefs/heat.brief.md');
    await client.change(uri, readFileSync(join(root, 'briefs/heat.brief.md'), 'utf8').replace('sdgs: [11, "11.5"]', 'sdgs: [3, 13]'));
    await changed;
    const portfolio = await client.request<Portfolio>(PortfolioRequest, {});
    assert.deepEqual(portfolio.briefs.find((brief) => brief.uri === uri)!.goals, ['3', '13']);
  });
});
