import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '..', '..');
const INJECTION = 'text.markdown.diplobrief.injection';

/** Enough of the Markdown grammar to host the injection: inline code and fenced code blocks. */
const MARKDOWN = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
  ],
};

async function markdownGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === MARKDOWN.scopeName) return parseRawGrammar(JSON.stringify(MARKDOWN), 'markdown.json');
      if (scopeName === INJECTION) {
        const path = join(root, 'syntaxes', 'diplobrief.injection.tmLanguage.json');
        return parseRawGrammar(readFileSync(path, 'utf8'), path);
      }
      return null;
    },
    getInjections: (scopeName) => (scopeName === MARKDOWN.scopeName ? [INJECTION] : undefined),
  });
  return (await registry.loadGrammar(MARKDOWN.scopeName))!;
}

/** Each token of one line with the innermost DiploBrief scope, if any. */
function tokens(grammar: IGrammar, line: string): [string, string][] {
  return grammar
    .tokenizeLine(line, INITIAL)
    .tokens.map((token) => [line.slice(token.startIndex, token.endIndex), token.scopes.filter((scope) => scope.endsWith('.diplobrief')).pop() ?? ''] as [string, string])
    .filter(([, scope]) => scope !== '');
}

describe('TextMate injection grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await markdownGrammar();
  });

  it('highlights initiative references and SDG mentions', () => {
    assert.deepEqual(tokens(grammar, 'As [@gesda; @gspi] show, SDG 11 and target 11.5 matter.'), [
      ['@', 'punctuation.definition.reference.diplobrief'],
      ['gesda', 'entity.name.tag.reference.initiative.diplobrief'],
      ['@', 'punctuation.definition.reference.diplobrief'],
      ['gspi', 'entity.name.tag.reference.initiative.diplobrief'],
      ['SDG', 'keyword.other.sdg.diplobrief'],
      ['11', 'constant.numeric.sdg.diplobrief'],
      ['target', 'keyword.other.sdg.diplobrief'],
      ['11.5', 'constant.numeric.sdg.diplobrief'],
    ]);
  });

  it('leaves e-mail addresses and code alone', () => {
    assert.deepEqual(tokens(grammar, 'Write to team@example.org, or `[@gesda]` in code.'), []);
  });
});
