import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { build } from 'esbuild';

describe('VS Code client bundle', () => {
  it('carries none of the lint engine: the client only talks to the server', async () => {
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
    const inputs = Object.keys(result.metafile.inputs);
    assert.deepEqual(inputs.filter((input) => /server\/src\/(engine|rules|knowledge|config)\//.test(input)), []);
  });
});
