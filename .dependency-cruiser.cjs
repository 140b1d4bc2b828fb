/**
 * Import boundaries, checked by `npm test`. The layers of server/src, bottom to top:
 * engine → io → knowledge → analyses → rules → config → pipeline → report → cli | lsp.
 * A module may import its own layer and those below it, never one above.
 */
const LAYERS = ['engine', 'io', 'knowledge', 'analyses', 'rules', 'config', 'pipeline', 'report', '(cli|lsp)'];

const upwardImports = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-import-from-${layer.replace(/\W/g, '')}`,
  comment: `${layer} sits below ${LAYERS.slice(i + 1).join(', ')} and must not import them.`,
  severity: 'error',
  from: { path: `^server/src/${layer}/` },
  to: { path: `^server/src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upwardImports,
    {
      name: 'engine-reads-no-file',
      comment: 'The engine is pure: every input is passed in, so it never touches the file system.',
      severity: 'error',
      from: { path: '^server/src/engine/' },
      to: { path: '^(fs|node:fs|fs/promises|node:fs/promises)$' },
    },
    {
      name: 'hosts-apart',
      comment: 'The CLI and the language server share the pipeline, not each other.',
      severity: 'error',
      from: { path: '^server/src/(cli|lsp)/' },
      to: { path: '^server/src/(cli|lsp)/', pathNot: '^server/src/$1/' },
    },
    {
      name: 'client-stays-thin',
      comment: 'The VS Code client talks to the server over LSP: of the server it shares only the wire protocol and the portfolio page it shows.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/', pathNot: '^server/src/(lsp/protocol|report/(portfolio|renderHtml|reportText|contrast))\\.ts$' },
    },
    {
      name: 'no-file-cycles',
      severity: 'error',
      from: { path: '^(server|client)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc reads the same syntax.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.json$' },
  },
};
