import { strict as assert } from 'node:assert';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_INITIATIVE_ITEMS, provideCompletion, resolveCompletion } from '../../server/src/lsp/features/completion';
import { briefText, cursor, openAt, openBrief } from '../helpers/briefDocuments';

function complete(marked: string): CompletionItem[] {
  const { document, position } = openAt(marked);
  return provideCompletion(document, position)?.items ?? [];
}

/** The items as the server ranked them. */
const ranked = (items: CompletionItem[]) => [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));

/** The item with its card, as `completionItem/resolve` gives it. */
function resolved(marked: string, label: string): CompletionItem {
  const { document, position } = openAt(marked);
  const item = provideCompletion(document, position)!.items.find((candidate) => candidate.label === label)!;
  return resolveCompletion(item, () => document.settings.knowledge);
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label);
const insert = (item: CompletionItem | undefined) => (item?.textEdit as TextEdit | undefined)?.newText;
const docs = (item: CompletionItem | undefined) => (item?.documentation as MarkupContent | undefined)?.value ?? '';

describe('completion', () => {
  describe('in the front matter', () => {
    it('offers the keys not yet written, with their documentation', () => {
      const items = complete(briefText('Text.\n', 'ci|\n'));
      assert.ok(labels(items).includes('city'));
      assert.ok(!labels(items).includes('title'), 'title is already there');
      assert.match(docs(items.find((item) => item.label === 'city')), /city the brief is written for/);
      assert.equal(insert(items.find((item) => item.label === 'city')), 'city: ');
    });

    it('offers the 17 goals under sdgs, with short names and the official text', () => {
      const items = complete(briefText('Text.\n', 'sdgs: [|]\n'));
      assert.equal(items.length, 17);
      const eleven = items.find((item) => item.label === '11')!;
      assert.equal(eleven.detail, 'Sustainable cities and communities');
      assert.match(docs(eleven), /Make cities and human settlements inclusive, safe, resilient and sustainable/);
      assert.match(docs(eleven), /#FD9D24/);
    });

    it('offers the targets and indicators of a goal once a dot is typed, quoted so YAML keeps them as text', () => {
      const items = complete(briefText('Text.\n', 'sdgs:\n  - 11.|\n'));
      assert.ok(labels(items).includes('11.5') && labels(items).includes('11.6.2') && labels(items).includes('11.a'));
      assert.ok(labels(items).every((label) => label.startsWith('11.')));
      assert.equal(insert(items.find((item) => item.label === '11.5')), '"11.5"');
      const ordered = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      const kinds = ordered.map((item) => item.labelDetails?.description);
      assert.equal(kinds.lastIndexOf('target'), kinds.indexOf('indicator') - 1, 'every target before every indicator');
      assert.deepEqual(ordered.slice(0, 3).map((item) => item.label), ['11.1', '11.2', '11.3']);
      assert.equal(ordered[kinds.indexOf('indicator')].label, '11.1.1');
      assert.equal(insert(complete(briefText('Text.\n', 'sdgs: ["11.1|"]\n'))[0]), '11.1', 'inside quotes, no more quotes');
    });

    it('writes the official texts in the brief\'s language', () => {
      const items = complete(briefText('Texto.\n', 'lang: es\nsdgs: [|]\n'));
      assert.equal(items.find((item) => item.label === '11')!.detail, 'Ciudades y comunidades sostenibles');
    });

    it('leaves out tags that are already in the list', () => {
      assert.ok(!labels(complete(briefText('Text.\n', 'sdgs: [11, |]\n'))).includes('11'));
    });

    it('offers initiatives with name, city and year, the team\'s included', () => {
      const items = complete(briefText('Text.\n', 'initiatives:\n  - |\n'));
      assert.equal(items.find((item) => item.label === 'scitech-diplohub')!.detail, 'SciTech DiploHub · Barcelona, 2018');
      assert.equal(items.find((item) => item.label === 'bcn-urban-lab')!.detail, 'Barcelona Urban Science Lab · Barcelona, 2022');
      assert.match(docs(resolved(briefText('Text.\n', 'initiatives:\n  - |\n'), 'bcn-urban-lab')), /team catalogue \(initiatives\.yaml\)/);
    });

    it('offers action areas, cities from the catalogue and the status values', () => {
      assert.ok(labels(complete(briefText('Text.\n', 'action_areas: [|]\n'))).includes('citizen-science'));
      const cities = labels(complete(briefText('Text.\n', 'city: |\n')));
      assert.ok(cities.includes('Geneva') && cities.includes('Kigali'));
      assert.deepEqual(labels(complete(briefText('Text.\n').replace('status: draft', 'status: |'))), ['draft', 'review', 'final']);
    });
  });

  describe('in the body', () => {
    it('completes initiative references after [@ and closes the bracket', () => {
      const items = complete(briefText('As [@sci|\n'));
      const item = items.find((candidate) => candidate.label === 'scitech-diplohub')!;
      assert.equal(insert(item), 'scitech-diplohub]');
      assert.equal(insert(complete(briefText('As [@|] shows.\n')).find((candidate) => candidate.label === 'gesda')), 'gesda');
    });

    it('ranks first after [@ the initiatives the brief points to, each saying why', () => {
      const text = briefText('Miami works with GESDA on sea level rise. As [@| shows.\n', 'city: Miami\nsdgs: [16]\ninitiatives: [bcn-urban-lab]\n');
      const order = ranked(complete(text)).map((item) => [item.label, item.labelDetails?.description]);
      assert.deepEqual(order.slice(0, 3), [
        ['bcn-urban-lab', 'tagged in this brief'],
        ['gesda', 'named in the text'],
        ['gca-miami', 'in Miami'],
      ]);
      const sharing = order.findIndex(([, why]) => why === undefined);
      assert.ok(order.slice(3, sharing).some(([label]) => label === 'gspi'), 'then the initiatives that serve its goals');
      assert.ok(order.slice(3, sharing).every(([, why]) => why === 'serves SDG 16 too'));
      assert.ok(order.slice(sharing).every(([, why]) => why === undefined), 'the others after');
    });

    it('lists after [@ what starts with the typed text, then what has a word that does, then what holds its letters in order', () => {
      const order = ranked(complete(briefText('As [@gs| shows.\n'))).map((item) => item.label);
      assert.equal(order[0], 'gspi', 'the id starts with gs');
      assert.ok(order.indexOf('gesda') > 0, 'g-e-s-d-a holds g and s in order');
      assert.ok(!order.includes('c40') && !order.includes('metropolis'), order.join(', '));

      const cities = ranked(complete(briefText('As [@cit| shows.\n'))).map((item) => item.label);
      const startsWith = cities.indexOf('jrc-cities-science-initiative');
      assert.ok(startsWith >= 0 && startsWith < cities.indexOf('kigali-innovation-city'), 'its name starts with "Cit", before a word inside an id');
      assert.ok(cities.indexOf('kigali-innovation-city') < cities.indexOf('scitech-diplohub'), 'a word that starts with "cit", before the letters found apart');
    });

    it('ranks the initiatives the brief points to first among those that match as well', () => {
      const text = briefText('Geneva matters. As [@ge| shows.\n', 'city: Geneva\ninitiatives: [geneva-2030-ecosystem]\n');
      const order = ranked(complete(text)).map((item) => [item.label, item.labelDetails?.description]);
      assert.deepEqual(order[0], ['geneva-2030-ecosystem', 'tagged in this brief']);
      assert.deepEqual(order.slice(1, 3).map(([, why]) => why), ['in Geneva', 'in Geneva']);
    });

    it('sends a long catalogue in part, the best matches first, and asks again as the user types', () => {
      const root = mkdtempSync(join(tmpdir(), 'diplobrief-completion-'));
      try {
        mkdirSync(join(root, 'team'));
        const initiatives = Array.from({ length: 2_000 }, (_, i) => ({ id: `lab-${i}`, name: `Lab ${i}`, aliases: [], city: 'Porto', country: 'Portugal', sdgs: ['11'], summary: `Lab number ${i}.` }));
        writeFileSync(join(root, 'team', 'initiatives.json'), JSON.stringify({ initiatives }));
        writeFileSync(join(root, '.diplobrief.yaml'), 'root: true\ninitiatives: team/initiatives.json\n');
        const completeIn = (marked: string) => {
          const { text, position } = cursor(marked);
          return provideCompletion(openBrief(text, 'open.brief.md', root).document, position)!;
        };
        const everything = completeIn(briefText('As [@| shows.\n'));
        assert.equal(everything.items.length, MAX_INITIATIVE_ITEMS);
        assert.equal(everything.isIncomplete, true);
        const typed = completeIn(briefText('As [@lab-1999| shows.\n'));
        assert.deepEqual(typed.items.map((item) => item.label), ['lab-1999']);
        assert.equal(typed.isIncomplete, false);
        assert.equal(ranked(completeIn(briefText('As [@lab-12| shows.\n')).items)[0].label, 'lab-12', 'the shortest id that starts so');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });

    it('adds an initiative\'s card when the item is resolved', () => {
      const item = complete(briefText('As [@ges| shows.\n')).find((candidate) => candidate.label === 'gesda')!;
      assert.equal(item.documentation, undefined, 'not sent with the list');
      assert.match(docs(resolved(briefText('As [@ges| shows.\n'), 'gesda')), /\*\*Geneva Science and Diplomacy Anticipator\*\*/);
    });

    it('completes in-text @ references', () => {
      assert.ok(labels(complete(briefText('As @| shows.\n'))).includes('gspi'));
    });

    it('completes goals after "SDG " and targets after "target 11."', () => {
      assert.equal(complete(briefText('This serves SDG |\n')).length, 17);
      assert.ok(labels(complete(briefText('This serves target 11.|\n'))).includes('11.5'));
    });

    it('offers nothing in code or in plain prose', () => {
      assert.deepEqual(complete(briefText('Write `[@|`\n')), []);
      assert.deepEqual(complete(briefText('Plain |words.\n')), []);
    });
  });
});
