import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createServer } from '../../server/src/lsp/server';
import { copyWorkspace, fileUri } from '../helpers/lspClient';

describe('language server built in this process by createServer', () => {
  it('answers initialize and pushes the findings of an opened brief, with no process spawned', async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    createServer(serverConnection);
    serverConnection.listen();
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const root = copyWorkspace();
    const uri = fileUri(`${root}/briefs/new.brief.md`);
    // The server also pushes the findings of the briefs on disk; only the opened one's are awaited.
    const pushed = new Promise<PublishDiagnosticsParams>((resolve) => client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (params.uri === uri && params.diagnostics.length > 0) resolve(params);
    }));
    client.listen();

    const result = (await client.sendRequest('initialize', { processId: null, rootUri: fileUri(root), capabilities: {} })) as { serverInfo: { version: string } };
    assert.match(result.serverInfo.version, /^\d+\.\d+\.\d+/);
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '---\ntitle: New\ntype: policy-brief\n---\n\n# New\n\nThe IPCC acts.\n' } });
    const { diagnostics } = await pushed;
    assert.ok(diagnostics.some((d) => d.code === 'vocabulary-acronym-undefined'));

    await client.sendRequest('shutdown');
    client.dispose();
    serverConnection.dispose();
  });
});
