import { strict as assert } from 'node:assert';
import { briefFileName, briefTemplate } from '../../client/src/briefTemplate';
import { lint } from '../../server/src/pipeline/defaults';
import { parseFrontMatter } from '../../server/src/engine/frontMatter';

describe('the template of New Policy Brief', () => {
  const cases = [
    { title: 'Cooling Barcelona with science diplomacy', city: 'Barcelona' },
    { title: 'Water: who pays? A "fair" share for Kigali', city: 'Kigali' },
    { title: 'Sea walls for São Paulo', city: 'São Paulo' },
    { title: 'Open data for Yes', city: 'Yes' },
  ];

  it('lints clean whatever the title and city, catalogued or not', () => {
    for (const answers of cases) {
      const text = briefTemplate({ ...answers, date: '2026-12-05' });
      assert.deepEqual(lint(text, { path: `/team/briefs/${briefFileName(answers.title)}` }).map((d) => `${d.rule}: ${d.message}`), [], answers.title);
    }
  });

  it('writes the title and city into the front matter as typed', () => {
    for (const answers of cases) {
      const data = parseFrontMatter(briefTemplate({ ...answers, date: '2026-12-05' }))!.data!;
      assert.deepEqual([data.title, data.city, data.type], [answers.title, answers.city, 'policy-brief']);
    }
  });

  it('names the file after the title, with the .brief.md ending the default globs find', () => {
    assert.equal(briefFileName('Sea walls for São Paulo: a plan!'), 'sea-walls-for-sao-paulo-a-plan.brief.md');
    assert.equal(briefFileName('???'), 'brief.brief.md');
  });
});
