import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { isLeftAlone, leftAloneSpans } from '../../server/src/analyses/prose/leftAlone';
import { otherLanguageOf } from '../../server/src/analyses/prose/language';
import { bodySentences } from '../../server/src/analyses/prose/readability';

const leftAlone = (markdown: string) => {
  const brief = parseBrief(markdown);
  return leftAloneSpans(brief).map((span) => [span.kind, brief.text.slice(span.start, span.end).trim(), ...(span.language ? [span.language] : [])]);
};

describe('leftAloneSpans', () => {
  it('finds quoted runs in curly, straight and angle quotes, but not inch marks', () => {
    assert.deepEqual(leftAlone('The plan calls it “a green corridor” and "the blue line"; «la ciudad verde» too. A 12" pipe and a 6" one.\n'), [
      ['quotation', '“a green corridor”'],
      ['quotation', '"the blue line"'],
      ['quotation', '«la ciudad verde»'],
    ]);
  });

  it('takes a blockquote for a quotation when it quotes, and leaves a callout to the rules', () => {
    assert.deepEqual(leftAlone('> Heat kills more people than floods.\n> — City health office (2023)\n'), [['quotation', '> Heat kills more people than floods.\n> — City health office (2023)']]);
    const statute = '> No person may aid or abet the doing of any act prohibited by any regulation or order issued under this Act. (Section 11(a)(2))\n';
    assert.deepEqual(leftAlone(statute), [['quotation', statute.trim()]]);
    assert.deepEqual(leftAlone('> Every district will get a cooling centre by 2030 (see the annex).\n'), []);
    assert.deepEqual(leftAlone('The minister wrote:\n\n> Every district will get a cooling centre.\n'), [['quotation', '> Every district will get a cooling centre.']]);
    assert.deepEqual(leftAlone('## The mandate\n\n> **The core rule:** every new school gets shade.\n'), []);
  });

  it("leaves alone a form's question to its author kept above the answer, and not a callout that asks the reader nothing", () => {
    const form = '> Early leads to grow: Think about the possible grow phase for this challenge - who might benefit from your work on this challenge or who might be the champions in your country that you should inform or collaborate with early on to help you grow this challenge?\n\nThe ministry of labour and two chambers of commerce.\n';
    assert.deepEqual(leftAlone(form), [['prompt', form.split('\n\n')[0]]]);
    assert.deepEqual(bodySentences(parseBrief(form)).map((sentence) => sentence.words), [9]);
    assert.deepEqual(leftAlone('> **Why now?** Heat waves will double by 2040, and every district needs a cooling centre.\n'), []);
    assert.deepEqual(leftAlone('> Your city can cut heat deaths by half with shade alone.\n'), []);
    // A question the paragraph before announces is someone's, quoted: a reader's comment, not a form's.
    const comment = 'In comment sections, readers asked questions like -\n\n> sciencetech, could you please explain what your group is doing and why it matters to tax payers like me?\n';
    assert.deepEqual(leftAlone(comment), [['quotation', comment.split('\n\n')[1].trim()]]);
  });

  it('takes a paragraph in italics for a quotation when its source follows or a colon announces it, not a stressed phrase', () => {
    const cited = '*Under the current urbanization trajectory, newly expanded urban areas will occur on current croplands.* (Chapter 8, Section 8.4.3)\n';
    assert.deepEqual(leftAlone(cited), [['quotation', cited.slice(0, cited.indexOf(' ('))]]);
    const announced = 'The report puts it plainly:\n\n*Compact, walkable cities can reduce future urban energy use by a fifth by 2050.*\n';
    assert.deepEqual(leftAlone(announced), [['quotation', '*Compact, walkable cities can reduce future urban energy use by a fifth by 2050.*']]);
    assert.deepEqual(leftAlone('*Every district needs a cooling centre.* The council agreed in May and set aside the budget for all twelve.\n'), []);
    assert.deepEqual(leftAlone('*Compact, walkable cities can reduce future urban energy use by a fifth by 2050.*\n'), []);
  });

  it("leaves alone the title of a work a link cites, and not a link's plain words", () => {
    assert.deepEqual(leftAlone('See the [D5.1 Scoping Report: Open Science Outputs in Policy-Making and Public Participation](https://example.org/d51).\n'), [
      ['quotation', 'D5.1 Scoping Report: Open Science Outputs in Policy-Making and Public Participation'],
    ]);
    assert.deepEqual(leftAlone('The council [published its policy-making guide](https://example.org/guide) in May.\n'), []);
    assert.deepEqual(leftAlone('He led the [NIH Center for Scientific Review (CSR)](https://example.org/csr) for years.\n'), []);
  });

  it('leaves the body of a references section alone, whatever the section is called', () => {
    for (const title of ['References', 'Resources and References', 'Official Sources', 'Bibliography']) {
      assert.deepEqual(leftAlone(`## ${title}\n\n- Smith, J. (2020). Trees and heat.\n`), [['references', '- Smith, J. (2020). Trees and heat.']], title);
    }
    assert.deepEqual(leftAlone('## Sources of funding for the plan\n\nThe city pays half.\n'), []);
  });

  it('leaves alone a reference written outside a references section, and not a sentence that starts with names', () => {
    assert.deepEqual(leftAlone('Cite this brief as:\n\nL Ortega, M Quispe & J Meier (2025) “Shade for school yards” City Lab.\n'), [
      ['references', 'L Ortega, M Quispe & J Meier (2025) “Shade for school yards” City Lab.'],
      ['quotation', '“Shade for school yards”'],
    ]);
    assert.deepEqual(leftAlone('Ortega and Quispe measured the yards in 2025 (2025 survey).\n'), []);
  });

  it('reads the blocks of a quoted blockquote after a quotation inside it', () => {
    const text = '---\ntype: policy-brief\n---\n\n> “People kept thinking, “it didn’t take my query.” The team added a spinner.”\n>  - Jonathan Feldman, city CIO\n';
    assert.deepEqual(leftAlone(text), [
      ['quotation', text.slice(text.indexOf('>')).trim()],
      ['quotation', '“it didn’t take my query.”'],
    ]);
  });

  it('finds paragraphs in another language than the brief, judged without their quotations', () => {
    const text = [
      '---\ntype: policy-brief\n---',
      'Cyclists cross the border every day, and the two networks meet at one bridge.',
      'Die Pendler fahren jeden Tag über die Grenze, aber die Netze treffen sich nur an einer Brücke.',
      'The mayor said: "La ciudad es de todos y la sombra también es de todos los vecinos."',
    ].join('\n\n');
    assert.deepEqual(leftAlone(text).filter(([kind]) => kind === 'otherLanguage'), [
      ['otherLanguage', 'Die Pendler fahren jeden Tag über die Grenze, aber die Netze treffen sich nur an einer Brücke.', 'de'],
    ]);
    const english = leftAlone(text.replace('type: policy-brief', 'type: policy-brief\nlang: de'));
    // In a German brief the mayor's words are no German either: the paragraph, mostly quoted, is judged whole.
    assert.deepEqual(english.filter(([kind]) => kind === 'otherLanguage').map(([, , language]) => language), ['en', 'es']);
  });

  it('judges a paragraph that is mostly quoted whole when its own words are not in the brief’s language', () => {
    const quoted = [
      '---\ntype: policy-brief\n---',
      'Cyclists cross the border every day, and the two networks meet at one bridge.',
      '„Der Fokus auf Quantität statt Qualität ist ein systematisches Problem, und die Forschung leidet darunter jeden Tag“, **ergänzt Dr. Tina Lonsdorf, Mitglied der Steuerungsgruppe.**',
    ].join('\n\n');
    assert.deepEqual(leftAlone(quoted).filter(([kind]) => kind === 'otherLanguage').map(([, , language]) => language), ['de']);
    // Said in the brief's language, the same quotation leaves its paragraph the brief's.
    const said = quoted.replace('**ergänzt Dr. Tina Lonsdorf, Mitglied der Steuerungsgruppe.**', 'said the chair of the network.');
    assert.deepEqual(leftAlone(said).filter(([kind]) => kind === 'otherLanguage'), []);
  });

  it('answers for any span that touches left-alone text', () => {
    const brief = parseBrief('We call it “net zero” here, and net-zero there.\n');
    const at = (word: string) => ({ start: brief.text.indexOf(word), end: brief.text.indexOf(word) + word.length });
    assert.equal(isLeftAlone(brief, at('net zero')), true);
    assert.equal(isLeftAlone(brief, at('net-zero')), false);
  });
});

describe('otherLanguageOf', () => {
  it('names the language of a paragraph only when trigrams and function words agree', () => {
    assert.equal(otherLanguageOf('La ciudad tiene más de doscientos huertos comunitarios y la mayoría no tiene agua.', 'en'), 'es');
    assert.equal(otherLanguageOf('Le conseil municipal a voté le plan pour les écoles de la ville.', 'en'), 'fr');
    assert.equal(otherLanguageOf('O projeto foi desenvolvido em parceria com a sociedade civil e com o setor privado.', 'en'), 'pt');
    assert.equal(otherLanguageOf('Il progetto è stato sviluppato con la società civile e il settore privato della città.', 'en'), 'it');
    // Names of places and bodies in another language do not make a paragraph foreign.
    assert.equal(otherLanguageOf('The Ayuntamiento de Sevilla and the Agencia Estatal de Meteorología met in the Polígono Sur.', 'en'), undefined);
    assert.equal(otherLanguageOf('Contact: Jorge La Grotteria.', 'en'), undefined);
  });
});

describe('bodySentences', () => {
  it('skips sentences that only quote, references and passages in another language, and keeps quoted words in the author’s sentences', () => {
    const brief = parseBrief(
      [
        '---\ntype: policy-brief\n---',
        'The council adopted what its members called "a plan for every street" last May.',
        '"Shade is a right, not a privilege, in every neighbourhood of this city."',
        'Die Stadt plant neue Bäume in allen Straßen, und die Schulen bekommen auch mehr Schatten.',
        '## References',
        '- Ortega, L. (2024). Shade in cities.',
      ].join('\n\n'),
    );
    assert.deepEqual(bodySentences(brief).map((sentence) => [brief.text.slice(sentence.start, sentence.end), sentence.words]), [
      ['The council adopted what its members called "a plan for every street" last May.', 14],
    ]);
  });
});
