import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { build } from 'esbuild';

const MAX_BYTES = 100 * 1024;

describe('VS Code client bundle', () => {
  it('stays under 100 KB minified and carries no engine or protocol library', async () => {
    const result = await build({
      entryPoints: [join(__dirname, '..', '..', 'client', 'src', 'extension.ts')],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const size = result.outputFiles[0].contents.length;
    assert.ok(size <= MAX_BYTES, `the client bundle is ${size} bytes`);
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(inputs.filter((input) => /server\/src\/(engine|rules|knowledge|config)\/|vscode-languageclient|vscode-languageserver-protocol\/lib/.test(input)), []);
  });
});
