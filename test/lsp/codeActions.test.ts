import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { provideCodeActions, type CodeActionOptions } from '../../server/src/lsp/features/codeActions';
import { FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { documentDiagnostics } from '../../server/src/lsp/diagnostics';
import { lint } from '../../server/src/pipeline/defaults';
import { LineIndex } from '../../server/src/engine/lineIndex';
import { briefText, openBrief } from '../helpers/briefDocuments';
import { copyWorkspace } from '../helpers/lspClient';

const options: CodeActionOptions = { readText: (path) => readFileSync(path, 'utf8'), canCreateFiles: true };

function actionsFor(text: string, only?: string[], extraDiagnostics: Diagnostic[] = [], root?: string) {
  const { workspace, document } = openBrief(text, undefined, root);
  const diagnostics = [...documentDiagnostics(workspace, document), ...extraDiagnostics];
  const params: CodeActionParams = {
    textDocument: { uri: document.uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, ...(only && { only }) },
  };
  return { document, diagnostics, actions: provideCodeActions(document, params, options) };
}

/** Applies one file's edits to a text, last edit first. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  return [...edits]
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text);
}

const editsOf = (action: CodeAction, uri: string) => action.edit!.changes![uri];

describe('code actions', () => {
  const incomplete = briefText('## Executive summary\n\nShort.\n');

  it('offers a rule fix as a preferred quick fix, rebuilt from the diagnostic alone', () => {
    const { document, actions } = actionsFor(incomplete.replace('status: draft\n', 'status: draft\nsdgs: [SDG11]\n'));
    const fix = actions.find((action) => action.title === 'Write 11')!;
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics![0].code, 'sdg-format');
    assert.match(apply(document.brief.text, editsOf(fix, document.uri)), /\nsdgs: \[11\]\n/);
  });

  it('offers a suggestion as a quick fix that is never preferred, so no shortcut takes it unread', () => {
    const { document, actions } = actionsFor(incomplete);
    const suggestion = actions.find((action) => action.title === 'Add the missing sections')!;
    assert.equal(suggestion.kind, 'quickfix');
    assert.equal(suggestion.isPreferred, false);
    assert.equal(suggestion.diagnostics![0].code, 'structure-required-sections');
    assert.match(apply(document.brief.text, editsOf(suggestion, document.uri)), /\n## Recommendations\n\n## References\n$/);
  });

  it('offers each of several close ids as its own suggestion', () => {
    const { actions } = actionsFor(incomplete.replace('status: draft\n', 'status: draft\nsdgs: ["11.8"]\n'));
    const titles = actions.filter((action) => action.diagnostics![0].code === 'sdg-unknown' && action.title.startsWith('Replace')).map((action) => action.title);
    assert.ok(titles.length >= 2, `suggestions: ${titles.join(', ')}`);
    assert.ok(titles.every((title) => /^Replace with 11\.\w+$/.test(title)), titles.join(', '));
  });

  it('disables a rule for one line: a comment above a paragraph, at the end of a line in a list', () => {
    const text = briefText('## Executive summary\n\nShort.\n');
    const { document, actions } = actionsFor(text);
    const disable = actions.find((action) => action.title === 'Disable structure-required-sections for this line')!;
    const result = apply(text, editsOf(disable, document.uri));
    assert.match(result, /<!-- diplobrief-disable-next-line structure-required-sections -->\n# T/);
    assert.deepEqual(lint(result, { path: document.path, config: document.settings.config }).filter((d) => d.rule === 'structure-required-sections'), []);

    const inList: Diagnostic = { range: { start: { line: 10, character: 2 }, end: { line: 10, character: 6 } }, message: 'm', source: 'diplobrief', code: 'vocabulary-preferred-term' };
    const listText = briefText('- item one\n');
    const listAction = actionsFor(listText, undefined, [inList]).actions.find((action) => action.title === 'Disable vocabulary-preferred-term for this line')!;
    assert.equal(apply(listText, editsOf(listAction, document.uri)).split('\n')[10], '- item one <!-- diplobrief-disable-line vocabulary-preferred-term -->');
  });

  it('disables a rule in the front matter with a YAML comment, for the line or for the whole brief', () => {
    const text = briefText('## Executive summary\n\n## Recommendations\n\n## References\n').replace('status: draft\n', 'status: drafty\n');
    const { document, diagnostics, actions } = actionsFor(text);
    const status = diagnostics.find((diagnostic) => diagnostic.code === 'front-matter-schema')!;
    assert.ok(status.range.start.line > 0, 'reported on the status line');
    const forLine = actions.find((action) => action.title === 'Disable front-matter-schema for this line')!;
    const lineFixed = apply(text, editsOf(forLine, document.uri));
    assert.match(lineFixed, /^status: drafty # diplobrief-disable-line front-matter-schema$/m);
    const forFile = actions.find((action) => action.title === 'Disable front-matter-schema for this file')!;
    const fileFixed = apply(text, editsOf(forFile, document.uri));
    assert.match(fileFixed, /^---\n# diplobrief-disable front-matter-schema\n/);
    for (const fixed of [lineFixed, fileFixed]) assert.ok(!actionsFor(fixed).diagnostics.some((diagnostic) => diagnostic.code === 'front-matter-schema'), fixed);
  });

  it('disables a finding on the opening fence for the whole brief only', () => {
    const onFence: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: 'm', source: 'diplobrief', code: 'front-matter-schema' };
    const { actions } = actionsFor(briefText('## Executive summary\n\n## Recommendations\n\n## References\n'), undefined, [onFence]);
    assert.deepEqual(actions.filter((action) => action.diagnostics![0] === onFence).map((action) => action.title), ['Disable front-matter-schema for this file']);
  });

  it('fixes everything at once as a source action, leaving nothing fixable and every suggestion untaken', () => {
    const text = incomplete.replace('status: draft\n', 'status: draft\nsdgs: [SDG11, 11]\n');
    const { document, actions } = actionsFor(text, ['source.fixAll']);
    assert.deepEqual(actions.map((action) => action.kind), [FIX_ALL_KIND]);
    const fixed = apply(document.brief.text, editsOf(actions[0], document.uri));
    assert.match(fixed, /\nsdgs: \[11\]\n/);
    assert.ok(fixed.endsWith('## Executive summary\n\nShort.\n'), 'the suggested sections are not added');
    assert.deepEqual(lint(fixed, { path: document.path, config: document.settings.config }).filter((d) => d.fix), []);
    assert.deepEqual(actionsFor(incomplete, ['source.fixAll']).actions, [], 'nothing safe to fix, no action');
    assert.deepEqual(actionsFor(text, ['quickfix']).actions.filter((action) => action.kind === FIX_ALL_KIND), []);
  });

  describe('add to the team vocabulary', () => {
    const body = 'The IPCC board met. Health tech and healthtech and health tech matter.\n';

    it('adds an undefined acronym to allowedAcronyms of the team file, keeping its comments', () => {
      const root = copyWorkspace();
      const vocabulary = join(root, 'team', 'vocabulary.yaml');
      writeFileSync(vocabulary, '# Our words\nterms: []\n');
      writeFileSync(join(root, '.diplobrief.yaml'), readFileSync(join(root, '.diplobrief.yaml'), 'utf8') + 'vocabulary: team/vocabulary.yaml\n');
      const { document, actions } = actionsFor(briefText(body), undefined, [], root);
      const add = actions.find((action) => action.title === "Add 'IPCC' to the team's acronyms")!;
      assert.equal(add.diagnostics![0].code, 'vocabulary-acronym-undefined');
      const [uri, edits] = Object.entries(add.edit!.changes!)[0];
      assert.ok(uri.endsWith('/team/vocabulary.yaml'));
      const updated = apply(readFileSync(vocabulary, 'utf8'), edits);
      assert.match(updated, /^# Our words/);
      assert.deepEqual(parse(updated), { terms: [], allowedAcronyms: ['IPCC'] });
      writeFileSync(vocabulary, updated);
      const { workspace, document: relinted } = openBrief(document.brief.text, undefined, root);
      assert.ok(!documentDiagnostics(workspace, relinted).some((d) => d.code === 'vocabulary-acronym-undefined'), 'the acronym is allowed now');
    });

    it('creates the team file beside the config for a compound the team writes one way', () => {
      const { actions } = actionsFor(briefText(body));
      const add = actions.find((action) => action.title === "Add 'health tech' to the team vocabulary")!;
      assert.equal(add.diagnostics![0].code, 'vocabulary-term-consistency');
      const changes = add.edit!.documentChanges! as { kind?: string; uri?: string; edits?: TextEdit[]; textDocument?: { uri: string } }[];
      assert.equal(changes[0].kind, 'create');
      assert.ok(changes[0].uri!.endsWith('/vocabulary.yaml'));
      assert.deepEqual(parse(changes[1].edits![0].newText), { terms: [{ term: 'health tech', definition: "Define 'health tech' for reviewers." }] });
      assert.ok(changes[2].textDocument!.uri.endsWith('/.diplobrief.yaml'));
      assert.equal(changes[2].edits![0].newText, 'vocabulary: vocabulary.yaml\n');
    });

    it("creates the team's config and acronyms where the workspace has no config yet", () => {
      const root = copyWorkspace();
      rmSync(join(root, '.diplobrief.yaml'));
      const { actions } = actionsFor(briefText(body), undefined, [], root);
      const add = actions.find((action) => action.title === "Add 'IPCC' to the team's acronyms")!;
      const changes = add.edit!.documentChanges! as { kind?: string; uri?: string; edits?: TextEdit[]; textDocument?: { uri: string } }[];
      assert.deepEqual(
        changes.map((change) => [change.kind ?? 'edit', (change.uri ?? change.textDocument!.uri).slice(-16)]),
        [['create', 'vocabulary.yaml'.padStart(16, '/')], ['edit', 'vocabulary.yaml'.padStart(16, '/')], ['create', '.diplobrief.yaml'], ['edit', '.diplobrief.yaml']],
      );
      assert.deepEqual(parse(changes[1].edits![0].newText), { allowedAcronyms: ['IPCC'] });
      assert.equal(changes[3].edits![0].newText, 'vocabulary: vocabulary.yaml\n');
    });

    it('is not offered for findings a vocabulary entry would not settle', () => {
      const { actions } = actionsFor(briefText('The programme, its centre and its colour are not the program.\n'));
      assert.ok(actions.some((action) => action.diagnostics?.[0].code === 'vocabulary-spelling-variant'), 'a vocabulary finding is there');
      assert.ok(!actions.some((action) => action.title.includes('team vocabulary')));
    });
  });
});
