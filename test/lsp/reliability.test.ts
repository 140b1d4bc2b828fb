import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CancellationTokenSource, LSPErrorCodes, type Diagnostic, type ResponseError } from 'vscode-languageserver-protocol/node';
import { applyMutation, mutationArbitrary, QUICK } from '../property/briefCases';
import { lint } from '../../server/src/pipeline/defaults';
import { LineIndex } from '../../server/src/engine/lineIndex';
import { SettingsLoader } from '../../server/src/config/settingsLoader';
import { toLspDiagnostic } from '../../server/src/lsp/lspDiagnostic';
import { copyWorkspace, LspTestClient, useServer } from '../helpers/lspClient';

const EDITS = 2000;
/** The server's V8 old space: room for its working set (it fails near 40 MB), far less than a per-edit leak would need. */
const HEAP_LIMIT_MB = 128;
/** Past this size the edited text starts again from the brief, so edits stay edits of a brief. */
const MAX_LENGTH = 20_000;

/** What an editor shows of a diagnostic, in a stable order. */
const shown = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => JSON.stringify([d.code, d.range, d.severity, d.message])).sort();

/** The server process's resident memory in bytes (Linux). */
function rss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) * 1024;
}

/**
 * The change an editor would send for `before` → `after`: one range around what differs,
 * never starting or ending between the halves of a CRLF or of a surrogate pair.
 */
function incrementalChange(before: string, after: string) {
  const splits = (text: string, offset: number) => {
    const [previous, next] = [text.charCodeAt(offset - 1), text.charCodeAt(offset)];
    return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
  };
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  while (prefix > 0 && (splits(before, prefix) || splits(after, prefix))) prefix--;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  while (suffix > 0 && (splits(before, before.length - suffix) || splits(after, after.length - suffix))) suffix--;
  const lines = new LineIndex(before);
  return { range: lines.rangeOf(prefix, before.length - suffix), text: after.slice(prefix, after.length - suffix) };
}

describe('language server under load', function () {
  // Thousands of messages; the limit catches a hang, it does not time the server.
  this.timeout(600_000);
  const server = { client: undefined as unknown as LspTestClient, root: '' };
  beforeEach(async () => {
    server.root = copyWorkspace();
    // A small old space makes "memory flat" strict: a server that kept a few KB per edit
    // would run out of it within the run, while one that only collects late does not.
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `--max-old-space-size=${HEAP_LIMIT_MB}`;
    try {
      server.client = await LspTestClient.start(server.root);
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
  });
  afterEach(async () => {
    await server.client.stop();
    assert.equal(server.client.stderr, '', 'the server wrote to stderr');
  });

  it(`survives ${EDITS} rapid edits with hovers, completions, cancellations and config changes; ends equal to a fresh lint, memory flat`, async () => {
    const client: LspTestClient = server.client;
    const root = server.root;
    const path = join(root, 'briefs', 'load.brief.md');
    const start = readFileSync(join(root, 'briefs', 'heat.brief.md'), 'utf8');
    writeFileSync(path, start);
    const uri = await client.open('briefs/load.brief.md', start);
    await client.diagnostics(uri);

    // The editor's settings change now and then; the client answers the server's pull with the current ones.
    let settings: Record<string, unknown> = {};
    client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
    const configPath = join(root, '.diplobrief.yaml');
    const config = readFileSync(configPath, 'utf8');

    const mutations = fc.sample(mutationArbitrary(QUICK), { numRuns: EDITS, seed: 8 });
    const requests: Promise<unknown>[] = [];
    const failures: string[] = [];
    const watch = (method: string, request: Promise<unknown>, cancelled: boolean) =>
      requests.push(
        request.catch((error: ResponseError<unknown>) => {
          if (!(cancelled && error.code === LSPErrorCodes.RequestCancelled)) failures.push(`${method}: ${error.code} ${error.message}`);
        }),
      );
    let text = start;
    let version = 1;
    let memoryAfterWarmUp = 0;

    for (let i = 0; i < EDITS; i++) {
      let next = applyMutation(text, mutations[i]);
      if (next.length > MAX_LENGTH) next = start;
      const change = incrementalChange(text, next);
      text = next;
      void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });

      const lines = new LineIndex(text);
      const position = lines.positionAt((i * 7919) % (text.length + 1));
      if (i % 10 === 0) watch('hover', client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), false);
      if (i % 10 === 5) watch('completion', client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }), false);
      if (i % 25 === 0) {
        const source = new CancellationTokenSource();
        const method = i % 50 === 0 ? 'textDocument/completion' : 'textDocument/codeAction';
        const params = method === 'textDocument/completion' ? { textDocument: { uri }, position } : { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } };
        watch(method, client.connection.sendRequest(method, params, source.token), true);
        source.cancel();
      }
      if (i % 200 === 100) {
        settings = i % 400 === 100 ? { rules: { 'structure-length': 'off', 'sdg-missing': 'error' } } : {};
        void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      }
      if (i % 500 === 250) {
        writeFileSync(configPath, i % 1000 === 250 ? `${config}language: en-US\n` : 'rules: [broken\n');
        void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.diplobrief.yaml'), type: 2 }] });
      }
      if (i === 199) {
        await Promise.all(requests);
        memoryAfterWarmUp = rss(client.pid);
      }
    }

    // Back to the workspace's own config and neutral editor settings: the final findings
    // must be exactly what a fresh lint of the final text gives.
    settings = {};
    writeFileSync(configPath, config);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.diplobrief.yaml'), type: 2 }] });
    await Promise.all(requests);
    assert.deepEqual(failures, [], 'requests failed');

    const { config: lintConfig, knowledge } = new SettingsLoader().forFile(path);
    const expected = shown(lint(text, { path, config: lintConfig, knowledge }).map((diagnostic) => toLspDiagnostic(diagnostic, uri)));
    const published = await client.diagnostics(uri, (diagnostics) => JSON.stringify(shown(diagnostics)) === JSON.stringify(expected));
    assert.deepEqual(shown(published), expected);

    // Still answering, with the text the editor has.
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.notEqual(hover, undefined);
    const growth = rss(client.pid) - memoryAfterWarmUp;
    assert.ok(growth < 150 * 1024 * 1024, `the server's memory grew by ${Math.round(growth / 1024 / 1024)} MB over ${EDITS} edits`);
  });

  // The engine's tests cover the YAML bomb and deep YAML; these are the inputs that could stall or crash a server.
  it('inputs that are not briefs: at most one diagnostic each, and the server answers on', async () => {
    const { client } = server;
    const brief = readFileSync(join(server.root, 'briefs', 'heat.brief.md'), 'utf8');
    const inputs: Record<string, string> = {
      'empty.brief.md': '',
      'binary.brief.md': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR',
      'huge.brief.md': brief + 'The city should fund the hub. '.repeat(700_000),
      'quotes.brief.md': brief + '> '.repeat(20_000) + 'x\n',
    };
    // Content rules may have a word to say about the brief itself; the inputs are judged by what they add.
    const baseline = new Set(shown(await client.diagnostics(await client.open('briefs/heat.brief.md'))));
    for (const [name, text] of Object.entries(inputs)) {
      const uri = await client.open(`briefs/${name}`, text);
      const added = shown(await client.diagnostics(uri)).filter((d) => !baseline.has(d));
      assert.ok(added.length <= 1, `${name}: ${added.join('\n')}`);
      for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol']) {
        await client.request(method, { textDocument: { uri }, position: { line: 2, character: 3 } });
      }
      await client.close(uri);
    }
    const water = await client.open('briefs/water.brief.md');
    assert.ok(Array.isArray(await client.diagnostics(water)));
  });
});

describe('language server faults', () => {
  const server = useServer({ perTest: true });

  it('a team file that disappears while watched: reported where the config names it, built-ins keep working, and it recovers', async () => {
    const { client, root } = server;
    const catalogue = join(root, 'team', 'initiatives.yaml');
    const text = readFileSync(catalogue, 'utf8');
    const uri = await client.open('briefs/heat.brief.md');
    const unknown = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'initiative-unknown');
    await client.diagnostics(uri, (diagnostics) => unknown(diagnostics).length === 0);

    rmSync(catalogue);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('team/initiatives.yaml'), type: 3 }] });
    const [problem] = await client.diagnostics(client.uri('.diplobrief.yaml'), (diagnostics) => diagnostics.length > 0);
    assert.equal(problem.code, 'knowledge-invalid');
    assert.equal(problem.range.start.line, 2);
    assert.match(String(problem.message), /initiatives\.yaml' does not exist\. .*the built-in data is used meanwhile/);
    // Only the team's own initiative is unknown now; the built-in catalogue still answers.
    const findings = await client.diagnostics(uri, (diagnostics) => unknown(diagnostics).length > 0);
    assert.ok(unknown(findings).every((d) => /bcn-urban-lab/.test(String(d.message))), shown(unknown(findings)).join('\n'));

    writeFileSync(catalogue, text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('team/initiatives.yaml'), type: 1 }] });
    await client.diagnostics(client.uri('.diplobrief.yaml'), (diagnostics) => diagnostics.length === 0);
    await client.diagnostics(uri, (diagnostics) => unknown(diagnostics).length === 0);
  });
});

describe('a brief saved with a byte order mark', () => {
  const server = useServer();

  it('has the same findings read from disk as opened in VS Code, which drops the mark; a client that keeps it sees line 1 one unit right', async () => {
    const { client, root } = server;
    const water = readFileSync(join(root, 'briefs', 'water.brief.md'), 'utf8');
    const texts: [string, string, RegExp, number][] = [
      // name, text, a finding on line 1, where that finding ends
      ['no-authors', water.replace(/^authors:.*\n/m, ''), /no 'authors' field/, 3],
      ['no-front-matter', water.replace(/^---\n[\s\S]*?\n---\n\n/, ''), /no front matter/, '# Water diplomacy for Barcelona'.length],
    ];
    for (const [name, text, message, end] of texts) {
      writeFileSync(join(root, 'briefs', `${name}.brief.md`), '\uFEFF' + text);
      const uri = client.uri(`briefs/${name}.brief.md`);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
      const onLine1 = (diagnostics: Diagnostic[]) => diagnostics.find((d) => message.test(String(d.message)))?.range;
      const fromDisk = await client.diagnostics(uri, (diagnostics) => onLine1(diagnostics) !== undefined);
      assert.deepEqual(onLine1(fromDisk), { start: { line: 0, character: 0 }, end: { line: 0, character: end } }, name);

      client.forget(uri);
      await client.open(`briefs/${name}.brief.md`, text);
      assert.deepEqual(shown(await client.diagnostics(uri)), shown(fromDisk), `${name}: the editor shows what was published from disk`);

      await client.change(uri, '\uFEFF' + text);
      const kept = await client.diagnostics(uri, (diagnostics) => onLine1(diagnostics)?.start.character === 1);
      const firstLine = (diagnostics: Diagnostic[], by: number) =>
        diagnostics.filter((d) => d.range.start.line === 0).map((d) => [d.code, d.range.start.character + by, d.range.end.line === 0 ? d.range.end.character + by : d.range.end]);
      assert.deepEqual(firstLine(kept, 0), firstLine(fromDisk, 1), name);
      assert.deepEqual(shown(kept.filter((d) => d.range.start.line > 0)), shown(fromDisk.filter((d) => d.range.start.line > 0)), name);
      await client.close(uri);
    }
  });
});
