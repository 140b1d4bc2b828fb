import type { Span } from './frontMatter';

/**
 * Tags of site generators' templates, which Markdown leaves as text: Liquid and Nunjucks tags
 * and outputs (`{% include figure.html %}`, `{{ site.baseurl }}`, as Jekyll and Eleventy sites
 * write them) and Hugo shortcodes (`{{< figure src="…" >}}`, `{{% note %}}`). A tag may run
 * over the lines of its paragraph, not past a blank line.
 */
const TEMPLATE_TAG = /\{%(?:[^\n]|\n(?![ \t]*\r?\n))*?%\}|\{\{(?:[^\n]|\n(?![ \t]*\r?\n))*?\}\}/g;

/** Names of components and tags that hold a note of their own, whatever their text (`<Sidenote>`, `{% marginnote %}`). */
export const NOTE_NAME = /note|aside|callout|tooltip|comment|remark/i;

/** The tag's name: its first word, after the delimiter and any whitespace-control mark. */
const TAG_NAME = /^\{[%{][<%-]?\s*([A-Za-z][\w-]*)/;

/** A note tag's text: its last argument, quoted, right before the closing delimiter. */
const LAST_QUOTED_ARGUMENT = /(["'])((?:(?!\1)[^])*)\1\s*[-%>]?\s*[%}]\}$/;

export interface TemplateTags {
  /** The tags' own syntax, none of it prose. */
  markup: Span[];
  /** The text of note tags (`{% sidenote "id" "The note." %}`): sentences of their own, in document order. */
  notes: Span[];
}

/** The template tags of a text, each split into markup and, for a note tag, the note it holds. */
export function templateTags(text: string): TemplateTags {
  const markup: Span[] = [];
  const notes: Span[] = [];
  if (!text.includes('{%') && !text.includes('{{')) return { markup, notes };
  for (const tag of text.matchAll(TEMPLATE_TAG)) {
    const start = tag.index;
    const end = start + tag[0].length;
    const name = TAG_NAME.exec(tag[0])?.[1];
    const note = name && NOTE_NAME.test(name) ? LAST_QUOTED_ARGUMENT.exec(tag[0]) : null;
    if (!note || note[2].trim() === '') {
      markup.push({ start, end });
      continue;
    }
    const noteStart = start + note.index + 1;
    const noteEnd = noteStart + note[2].length;
    markup.push({ start, end: noteStart }, { start: noteEnd, end });
    notes.push({ start: noteStart, end: noteEnd });
  }
  return { markup, notes };
}
