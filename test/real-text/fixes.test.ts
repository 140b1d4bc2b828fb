import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readCorpus, realTextsAvailable } from './corpus';
import { fixDamage } from './fixInvariants';

const CLI = join(__dirname, '..', '..', 'bin', 'diplobrief.js');

describe('--fix on real documents', function () {
  this.timeout(120_000);

  it('changes no meaning: no acronym lower-cased, no new word, no quotation, link or code edited, nothing removed from the body', function () {
    if (!realTextsAvailable()) this.skip();
    const dir = mkdtempSync(join(tmpdir(), 'diplobrief-real-fix-'));
    try {
      const documents = readCorpus().map((document) => ({ ...document, path: join(dir, document.file.replace('#', '/') + (document.file.endsWith('.md') ? '' : '.md')) }));
      for (const document of documents) {
        mkdirSync(dirname(document.path), { recursive: true });
        writeFileSync(document.path, document.text);
      }
      writeFileSync(join(dir, '.diplobrief.yaml'), 'files: ["**/*.md"]\n');
      const fix = () => spawnSync(process.execPath, [CLI, 'lint', '.', '--fix', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
      assert.ok(fix().status !== 2, 'the CLI ran');
      const once = documents.map((document) => readFileSync(document.path, 'utf8'));
      const damage = documents.flatMap((document, i) => fixDamage(document.text, once[i]).map((problem) => `${document.file}: ${problem}`));
      assert.deepEqual(damage, []);
      fix();
      assert.deepEqual(documents.map((document) => readFileSync(document.path, 'utf8')), once, 'a second --fix changed nothing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the damage check sees each kind of damage it promises to catch', () => {
    const text = '---\nsdgs: [SDG 13]\n---\nThe EU-Cities Mission said "net zero transition" in [the plan](https://x.org) and `code` (CH4).\n';
    assert.deepEqual(fixDamage(text, text.replace('SDG 13', '13')), []);
    assert.match(fixDamage(text, text.replace('EU-Cities', 'Eu Cities')).join(), /acronyms lost or lower-cased: EU/);
    assert.match(fixDamage(text, text.replace('Mission', 'Misions')).join(), /words the document did not have: Misions/);
    assert.match(fixDamage(text, text.replace('net zero', 'net-zero')).join(), /quotations, links or code changed/);
    assert.match(fixDamage(text, text.replace('the plan', 'a plan')).join(), /quotations, links or code changed/);
    assert.match(fixDamage(text, text.replace(' (CH4)', '')).join(), /words removed from the body: CH4/);
  });
});
