import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { sentencesOf } from '../../server/src/analyses/prose/sentences';
import { readingEase } from '../../server/src/analyses/prose/readability';

const sentences = (markdown: string) => {
  const brief = parseBrief(markdown);
  return sentencesOf(brief).map((s) => [brief.text.slice(s.start, s.end), s.words] as const);
};

describe('sentencesOf', () => {
  it('ends sentences at full stops, question and exclamation marks', () => {
    assert.deepEqual(sentences('Cities act. Do they? Yes!\n'), [
      ['Cities act.', 2],
      ['Do they?', 2],
      ['Yes!', 1],
    ]);
  });

  it('keeps abbreviations, initials, dotted abbreviations and decimals inside a sentence', () => {
    assert.deepEqual(sentences('Sea levels rose 0.5 m, e.g. in Miami, per Sweet et al. (2022) and the U.S. Army. P. Gluckman agrees.\n'), [
      ['Sea levels rose 0.5 m, e.g. in Miami, per Sweet et al. (2022) and the U.S. Army.', 17],
      ['P. Gluckman agrees.', 3],
    ]);
    assert.deepEqual(sentences('Gov. Shapiro and Sen. Fetterman back the plan. Cllr. Ruiz does not.\n'), [
      ['Gov. Shapiro and Sen. Fetterman back the plan.', 8],
      ['Cllr. Ruiz does not.', 4],
    ]);
    assert.deepEqual(sentences('The cold reached much of the U.S. And in a cruel trick, gas prices rose.\n'), [
      ['The cold reached much of the U.S.', 7],
      ['And in a cruel trick, gas prices rose.', 8],
    ]);
    assert.deepEqual(sentences('They came to the U.S. I feel that we owe them more.\n'), [
      ['They came to the U.S.', 5],
      ['I feel that we owe them more.', 7],
    ]);
  });

  it("counts no item's number or letter typed before its sentence", () => {
    assert.deepEqual(sentences('2) if you feel the fee is too high, write to us.\n\n(10) The manager reports each year.\n\nb. to test the fabrics.\n\nP. Gluckman agrees.\n').map(([, words]) => words), [11, 5, 4, 3]);
  });

  it('never runs across paragraphs, list items, headings or table cells', () => {
    const found = sentences('# A title\n\nA paragraph without a stop\n\n- one item\n- another item\n\n| a cell | another cell |\n| --- | --- |\n| x | y |\n');
    assert.deepEqual(found.map(([text]) => text), ['A title', 'A paragraph without a stop', 'one item', 'another item', 'a cell', 'another cell', 'x', 'y']);
  });

  it('reads components and their attributes as markup, and a note inside a sentence as a sentence of its own', () => {
    assert.deepEqual(sentences("Rivers carry the carbon away.<Cite ids={['kim.2021', 'lee.2022']} /> Soils keep some<Sidenote>Clay soils keep more. Sandy ones keep less.</Sidenote> for decades.\n"), [
      ['Rivers carry the carbon away.', 5],
      ["Soils keep some<Sidenote>Clay soils keep more. Sandy ones keep less.</Sidenote> for decades.", 5],
      ['Clay soils keep more.', 4],
      ['Sandy ones keep less.', 4],
    ]);
    // A component around a few words is part of its sentence.
    assert.deepEqual(sentences('Capture by <Purple>direct air capture</Purple> costs more.\n'), [['Capture by <Purple>direct air capture</Purple> costs more.', 7]]);
  });

  it('reads character references as the characters they stand for, not as words', () => {
    assert.deepEqual(sentences('It ranges from 300&nbsp;W to 600&#160;W in R&amp;D labs&mdash;and cafes.\n'), [
      ['It ranges from 300&nbsp;W to 600&#160;W in R&amp;D labs&mdash;and cafes.', 14],
    ]);
    assert.deepEqual(sentences('Shapiro&#39;s plan and the mayor&rsquo;s co&#45;operation.\n'), [['Shapiro&#39;s plan and the mayor&rsquo;s co&#45;operation.', 6]]);
  });

  it('reads [[key:value]] tags and kramdown attribute lists as markup', () => {
    assert.deepEqual(sentences('[[datasources:city-open-data]] [[region:andes]]\n\nCities share data sources.\n'), [['Cities share data sources.', 4]]);
    assert.deepEqual(sentences('The bill sets the rules.{: .align-center width="70%"}\n'), [['The bill sets the rules.', 5]]);
  });

  it('reads an inline formula as one word, and an ordinal ending in superscript as part of its number', () => {
    assert.deepEqual(sentences('The ratios of $R_a$ to $R_0=R_a+R_p$ and $x$ were low.\n'), [['The ratios of $R_a$ to $R_0=R_a+R_p$ and $x$ were low.', 10]]);
    // Money is no formula.
    assert.deepEqual(sentences('It cost $5 and then $10 more.\n'), [['It cost $5 and then $10 more.', 7]]);
    assert.deepEqual(sentences('Cases fell between June 1<sup>st</sup> and 7<sup>th</sup> in London.\n'), [['Cases fell between June 1<sup>st</sup> and 7<sup>th</sup> in London.', 9]]);
  });

  it('ends a sentence before a code span that opens with a capital', () => {
    assert.deepEqual(sentences('It needs one central place. `Data Fiduciary` should give the option. See `x` later.\n').map(([text, words]) => [text, words]), [
      ['It needs one central place.', 5],
      ['should give the option.', 4],
      ['See `x` later.', 2],
    ]);
  });

  it('reads a character escaped with a backslash as the character: a footnote’s mark or a closing bracket after the full stop', () => {
    assert.deepEqual(sentences('No city had such resources available.\\* In the debrief, the teams named what they lacked.\n').map(([, words]) => words), [6, 9]);
    assert.deepEqual(sentences('\\[Clarification: the fee is fair within a fair framework.\\] So when you hear it, ask who pays.\n').map(([, words]) => words), [9, 8]);
  });

  it('reads a long label in bold as the heading of its item, and a short one with its sentence', () => {
    const [long] = sentences('- **Standardisation bodies, to set clear pathways**: Issue guidelines for the move.\n');
    assert.deepEqual(long, ['Standardisation bodies, to set clear pathways**: Issue guidelines for the move.', 5]);
    const [colonInside] = sentences('**Fair Information Practice Principles:** The term refers to eight principles.\n');
    assert.deepEqual(colonInside, ['Fair Information Practice Principles:** The term refers to eight principles.', 6]);
    const [short] = sentences('**Smart Meters:** The utility must swap the meter.\n');
    assert.deepEqual(short, ['Smart Meters:** The utility must swap the meter.', 8]);
    // Over two lines, with an amount in it: still the item's heading.
    const [overLines] = sentences('**$1.2 Billion from the Infrastructure Law is Being Used\nfor Lead Pipes in 23 States:** \nToday, the agency announces the grants.\n');
    assert.deepEqual(overLines, ['$1.2 Billion from the Infrastructure Law is Being Used\nfor Lead Pipes in 23 States:** \nToday, the agency announces the grants.', 6]);
  });

  it('ends a sentence at a hard line break, an item written without list markup and a line of a table of contents', () => {
    assert.deepEqual(sentences('Article 4: Scope  \nThe rule covers every district.\n').map(([text]) => text), ['Article 4: Scope', 'The rule covers every district.']);
    assert.deepEqual(sentences('The council will:\na) publish the data\nb) fund two pilots\n(c) report each year\n').map(([text]) => text), [
      'The council will:',
      'a) publish the data',
      'b) fund two pilots',
      '(c) report each year',
    ]);
    assert.deepEqual(sentences('Contents\nBackground ........ 2\nFindings 7\nAnnex 12\n').map(([text]) => text), ['Contents', 'Background ........ 2', 'Findings 7', 'Annex 12']);
    // Items whose dash or colon was typed without its space.
    assert.deepEqual(sentences('Youths will learn to\n:Set up their own businesses\n-Work for companies\na)-Rent a shop\n').map(([text]) => text), [
      'Youths will learn to',
      ':Set up their own businesses',
      '-Work for companies',
      'a)-Rent a shop',
    ]);
    assert.equal(sentences('The plan runs for two years and its\n-based budget is fixed.\n').length, 1);
  });

  it('ends a sentence at a line that stops well short of the others, but not inside a wrapped paragraph', () => {
    const wrapped = 'Coastal cities that share tide gauges with their neighbours learn sooner where\nFlorida roads flood, and plan their drainage works for the same streets together.\n';
    assert.equal(sentences(wrapped).length, 1);
    assert.deepEqual(sentences('Team\nAna Torres, coordinator\nLi Wei, data lead\n').map(([text]) => text), ['Team', 'Ana Torres, coordinator', 'Li Wei, data lead']);
  });

  it('ends a sentence at a full stop typed without its space before a capitalised word', () => {
    assert.deepEqual(sentences('Aid reached most families.Currently, all of them apply online.\n').map(([text]) => text), ['Aid reached most families.', 'Currently, all of them apply online.']);
    assert.deepEqual(sentences('I live in Lusaka.I drive a bus. We sell drinks .It pays.\n').map(([text]) => text), ['I live in Lusaka.', 'I drive a bus.', 'We sell drinks .', 'It pays.']);
    assert.equal(sentences('The file is report.PDF and it opens.\n').length, 1);
  });

  it('ends pasted items after a source in brackets, but keeps an item marker with its item', () => {
    const sourced = 'Vendors fear the police (Urosario, 2021, p. 9)\u00a0 The support is unclear (Urosario, 2021, p. 12)\u00a0 The offices are far.\n';
    assert.deepEqual(sentences(sourced).map(([text]) => text), ['Vendors fear the police (Urosario, 2021, p. 9)', 'The support is unclear (Urosario, 2021, p. 12)', 'The offices are far.']);
    const marked = 'The portal has two parts: 1)\u00a0 BlueFish sells the catch 2)\u00a0 BlueData counts it.\n';
    assert.ok(sentences(marked).every(([text]) => !/\d\)$/.test(text)), 'no sentence ends in a marker');
  });

  it('ends a sentence at a line break where the author breaks lines rather than wrapping them', () => {
    const unwrapped = `${'The party is coming to power to end corruption and poverty in the society and to give the youth of the city work, '.repeat(2)}and more\nAnd the plan is to finish the work\n`;
    assert.equal(sentences(unwrapped).length, 2);
    // Wrapped at a width, a line break before a capital is only a name going on.
    const wrapped = 'The council asked the mayor of the city and the staff of the\nInstitute for Advanced Studies to work out a plan for the\nheat waves of the coming summers in the old town.\n';
    assert.equal(sentences(wrapped).length, 1);
  });

  it('ends a sentence at a full stop joined to a word after a word of two letters, or typed after its space', () => {
    assert.deepEqual(sentences('Others can benefit from it.targeting markets comes next.\n').map(([text]) => text), ['Others can benefit from it.', 'targeting markets comes next.']);
    assert.deepEqual(sentences('I drove a bus from 2016 to 2020 .my plan is to drive one again.\n').map(([text]) => text), ['I drove a bus from 2016 to 2020 .', 'my plan is to drive one again.']);
    // Abbreviations and the ends of names are no sentence's end.
    assert.equal(sentences('Quality, security .etc, and the files saved as .pdf or .docx matter, per Kim et.al in 2020.\n').length, 1);
  });

  it('ends a sentence at a line that opens with a capitalised function word after a line with no mark', () => {
    const lines = "The party is coming to power to end corruption and poverty in the society of our city\nAnd to finish the work the party started and to improve the economy of the country Zambia\nTo protect the youth of the country\n";
    assert.deepEqual(sentences(lines).map(([text]) => text), [
      'The party is coming to power to end corruption and poverty in the society of our city',
      'And to finish the work the party started and to improve the economy of the country Zambia',
      'To protect the youth of the country',
    ]);
    // A name that opens with a function word goes on from a line that ends in one.
    assert.equal(sentences('The council signed a grant for the drainage of the old town with the government of\nThe Gambia and its partners in the region, for the next two years.\n').length, 1);
  });

  it('ends the items of a list typed inside a paragraph without punctuation, but not the parts of a sentence', () => {
    assert.deepEqual(sentences('To test the filtration of the masks (b) To test fabric combinations (c) To test the masks against small particles\n').map(([text]) => text), [
      'To test the filtration of the masks',
      '(b) To test fabric combinations',
      '(c) To test the masks against small particles',
    ]);
    // Items after a function word or a mark are parts of the sentence; a single "(b)" is a reference.
    assert.equal(sentences('The teams are (1) Climate Information, (2) Solid Waste, and (3) River Project.\n').length, 1);
    assert.equal(sentences('The budget covers the costs listed in (b) Annex Two of the plan.\n').length, 1);
  });

  it('ends the items of a list pasted into one line at a no-break space beside a space', () => {
    const pasted = 'Cube Zanzibar will mobilise innovators\u00a0 Academic Institutions will contribute research\u00a0 The Ministry will support the scale-up\n';
    assert.deepEqual(sentences(pasted).map(([text]) => text), ['Cube Zanzibar will mobilise innovators', 'Academic Institutions will contribute research', 'The Ministry will support the scale-up']);
    // Once in a paragraph, or after a function word, it is a stray space.
    assert.equal(sentences('The grant is supported by the\u00a0 Digital Agency for Public Innovation and the city of Lusaka.\n').length, 1);
  });

  it('ends a sentence at a bare link that a capitalised word follows', () => {
    assert.deepEqual(sentences('The park cost the city 800 million: https://example.org/ankapark In the centre a path was dug up.\n').map(([text]) => text), [
      // A link is no words: the sentence ends at the last of them.
      'The park cost the city 800 million:',
      'In the centre a path was dug up.',
    ]);
    // A link in brackets or in Markdown link syntax is read with its sentence.
    assert.equal(sentences('The survey (https://example.org/survey) Parents answered is short.\n').length, 1);
    assert.equal(sentences('See the [survey](https://example.org/survey) Parents answered.\n').length, 1);
  });

  it('does not count the words of a run-in label in plain text opening a sentence', () => {
    const labelled = sentencesOf(parseBrief('Private Sector - Companies in the Tech Field: Engaging with companies gives insight.\n'));
    assert.deepEqual(labelled.map((s) => [s.words, s.uncounted.length]), [[5, 1]]);
    // A label in bold names what the sentence is about and is read with it; a sentence in capitals has no label.
    assert.equal(sentences('**Smart Meters:** The utility swaps the meter.\n')[0][1], 7);
    assert.equal(sentences('USING THE MEDIA EQUATION: MEDIA = PLATFORM + CONTENT.\n')[0][1], 7);
    // Nor is a clause with words in small letters a label.
    assert.equal(sentences('The mayor said: Parents agreed.\n')[0][1], 5);
  });

  it('ends sentences at full stops before small letters only in a text whose author starts sentences in them', () => {
    const habit = 'We pay the debt. then we buy stock. with the income we hire staff. it pays, etc. and more.\n';
    assert.deepEqual(sentences(habit).map(([text]) => text), ['We pay the debt.', 'then we buy stock.', 'with the income we hire staff.', 'it pays, etc. and more.']);
    // Twice is not yet a habit: a slip, or an abbreviation the list lacks.
    const twice = 'We pay the debt. then we buy stock. with the income we hire staff.\n';
    assert.equal(sentences(twice).length, 1);
    // Notes that end with their own full stop inside a sentence going on after them are no such habit.
    const notes =
      'Risks vary<Sidenote>See the annex.</Sidenote> across regions, values<Sidenote>In dollars.</Sidenote> by asset and ranks<Sidenote>By decile.</Sidenote> by firm. It rose by ten points. or so the survey says.\n';
    assert.deepEqual(sentences(notes).map(([text]) => text).slice(-1), ['It rose by ten points. or so the survey says.']);
    assert.equal(sentences('Costs rose, etc. and so on. Prices fell approx. three times. The end.\n').length, 3);
  });

  it('ends a sentence at a full stop typed with two spaces after it, before a small letter too', () => {
    assert.deepEqual(sentences('We set appointments.  from these funds we build a library.\n').map(([text]) => text), ['We set appointments.', 'from these funds we build a library.']);
    // Not after an abbreviation, nor where the second space is markup blanked from the prose.
    assert.equal(sentences('Cities act, e.g.  the port of Rotterdam.\n').length, 1);
    assert.equal(sentences('Cities act. [see the map](https://example.org) below.\n').length, 1);
  });

  it('ends a sentence after a quoted sentence that lost its full stop, but not after a quoted title', () => {
    assert.deepEqual(sentences('The mayor said “every school yard needs shade by next summer” Parents agreed.\n').map(([text]) => text), [
      'The mayor said “every school yard needs shade by next summer”',
      'Parents agreed.',
    ]);
    assert.equal(sentences('The report “Shade for Every School Yard in Town” City Hall published is short.\n').length, 1);
  });

  it('reads short lines opened by a hyphen against their word as items, but not compounds wrapped at their hyphen', () => {
    const list = 'Soya beans sell in several ways once the first harvest is in\n-by selling to local companies\n-by selling to government\nThe market is there.\n';
    assert.deepEqual(sentences(list).map(([text]) => text), ['Soya beans sell in several ways once the first harvest is in', '-by selling to local companies', '-by selling to government', 'The market is there.']);
    const wrapped = 'The council adopted an approach to the districts of the city that is evidence\n-based in every respect, and a plan for its budget and its staff that is results\n-oriented for the districts of the city that it serves every day of the year, and\nit will report on both every year.\n';
    assert.equal(sentences(wrapped).length, 1);
  });

  it("reads a Pandoc inline note as a note of its own, and keeps a link's dotted name whole", () => {
    assert.deepEqual(sentences('A minister could earn more in the private sector.^[Whether he could earn [NZ$1 million](https://example.org) is an open question] It is right.\n'), [
      ['A minister could earn more in the private sector.', 9],
      ['Whether he could earn [NZ$1 million](https://example.org) is an open question', 10],
      ['It is right.', 3],
    ]);
    assert.deepEqual(sentences('We heard how [Pol.is](https://pol.is/) and other tools work in Taiwan.\n').map(([, words]) => words), [10]);
  });

  it('does not count a source cited by author and year in brackets, but counts a date or an aside in them', () => {
    assert.deepEqual(
      sentences('Rents rose by a third (CoreLogic, Quarterly Rental Review, 2022). Heat kills (Smith et al. 2020; Jones 2019). It rose (Urosario, 2021, p. 9) fast.\n').map(([, words]) => words),
      [5, 2, 3],
    );
    assert.deepEqual(sentences('Wages fell (ABS, [Average Weekly Earnings, Australia](https://www.abs.gov.au/statistics/labour/earnings-and-working-conditions/average-weekly-earnings-australia/nov-2021), 2021).\n').map(([, words]) => words), [2]);
    assert.deepEqual(sentences('Prices fell (March 2020) and rose again (in 2021).\n').map(([, words]) => words), [9]);
  });

  it('does not count citation keys in brackets as words', () => {
    assert.deepEqual(sentences('Transparency helps fight corruption [@TransparencyInternational_WhatCorruption_2018]. GESDA agrees [@gesda, p. 4; @Coppi_2018].\n'), [
      ['Transparency helps fight corruption [@TransparencyInternational_WhatCorruption_2018].', 4],
      ['GESDA agrees [@gesda, p. 4; @Coppi_2018].', 2],
    ]);
    // An e-mail address (which never counts) or a bracketed aside that mentions a handle is no citation: its words count.
    assert.deepEqual(sentences('Write to [hello@example.org] or to [the desk, @diplobrief].\n').map(([, words]) => words), [7]);
  });

  it('does not count code or URLs as words', () => {
    assert.deepEqual(sentences('Run `npm run build --production now` on <https://example.org/a/b>.\n'), [['Run `npm run build --production now` on <https://example.org/a/b>.', 2]]);
  });
});

describe('readingEase', () => {
  it('computes Flesch reading ease from words, sentences and syllables', () => {
    const brief = parseBrief('The cat sat. The dog ran.\n');
    const score = readingEase(brief, sentencesOf(brief));
    assert.deepEqual([score.words, score.sentences, score.syllables], [6, 2, 6]);
    assert.equal(Math.round(score.ease * 100) / 100, Math.round((206.835 - 1.015 * 3 - 84.6) * 100) / 100);
  });
});
