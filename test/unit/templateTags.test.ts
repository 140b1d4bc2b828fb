import { strict as assert } from 'node:assert';
import { parseBrief } from '../../server/src/engine/parseBrief';
import { templateTags } from '../../server/src/engine/templateTags';

const pieces = (text: string) => {
  const { markup, notes } = templateTags(text);
  return { markup: markup.map((s) => text.slice(s.start, s.end)), notes: notes.map((s) => text.slice(s.start, s.end)) };
};

describe('templateTags', () => {
  it('takes Liquid tags and outputs and Hugo shortcodes for markup', () => {
    assert.deepEqual(pieces('See {% include figure.html src="a.png" %} and [the map]({{ site.baseurl }}/map) or {{< figure src="b.png" >}}.'), {
      markup: ['{% include figure.html src="a.png" %}', '{{ site.baseurl }}', '{{< figure src="b.png" >}}'],
      notes: [],
    });
  });

  it("keeps a note tag's last quoted argument as its note, with other quotes inside it", () => {
    assert.deepEqual(pieces(`Cash won{% sidenote "cash-id" "'Superior information', as the authors say." %} in most trials.`), {
      markup: ['{% sidenote "cash-id" "', '" %}'],
      notes: ["'Superior information', as the authors say."],
    });
  });

  it('does not run a tag past a blank line', () => {
    assert.deepEqual(pieces('Costs {% rise\n\nby 5% %} a year.'), { markup: [], notes: [] });
  });
});

describe('parseBrief with template tags', () => {
  it("blanks the tags in the prose and reads a note tag's text as a note of its paragraph", () => {
    const text = 'Most stops have no shade{% marginnote "m" "The survey counted 612 stops." %} at noon.\n\n```\n{% sidenote "s" "Code, not a note." %}\n```\n';
    const brief = parseBrief(text);
    assert.equal(brief.prose.split('\n')[0].replace(/ +/g, ' '), 'Most stops have no shade The survey counted 612 stops. at noon.');
    assert.deepEqual(brief.asides.map((s) => text.slice(s.start, s.end)), ['The survey counted 612 stops.']);
  });

  it('keeps every offset when a footnote mark in superscript sits inside a tag', () => {
    const text = 'Fares rose{% include note.html text="as <sup>2</sup> shows" %} last year<sup>3</sup>.\n';
    const brief = parseBrief(text);
    assert.equal(brief.prose.length, text.length);
    assert.equal(brief.prose.replace(/ +/g, ' ').trim(), 'Fares rose last year .');
  });
});
