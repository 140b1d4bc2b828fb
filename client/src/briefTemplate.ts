/** The first sentence of the template's text, selected in the new brief so that typing replaces it. */
export const FIRST_PLACEHOLDER = 'State the problem, what the city should do and why it matters, in a few sentences.';

/** What New Policy Brief asks before it writes a brief. */
export interface NewBrief {
  title: string;
  city: string;
  /** YYYY-MM-DD. */
  date: string;
}

/**
 * The text of a new brief: front matter and the sections reviewers look for, with prose
 * that says what to write. It lints clean, so every finding the author meets is about
 * their own writing; the one SDG tag is explained in the text as an example to replace.
 */
export function briefTemplate({ title, city, date }: NewBrief): string {
  return `---
title: ${yamlScalar(title)}
type: policy-brief
authors: [Your Name]
date: ${date}
status: draft
city: ${yamlScalar(city)}
lang: en
sdgs: [11]
---

# ${title}

## Executive summary

${FIRST_PLACEHOLDER}
Name the goals the brief serves, such as Sustainable Development Goal 11 on
sustainable cities, and tag each one under \`sdgs\`.

## Context

Give the evidence, and cite each city initiative you draw on with its id in brackets.

## Recommendations

- The City Council should act on the first finding of this brief.

## References

- Author (year). Title of the source.
`;
}

/** The file name for a title: lower case words joined by hyphens, with the `.brief.md` ending the default globs find. */
export function briefFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'brief'}.brief.md`;
}

/** A YAML value written plain when that reads as the same text, else double-quoted (a JSON string is valid YAML). */
function yamlScalar(value: string): string {
  const plain = /^\p{L}[\p{L}\p{N} .,'’()-]*$/u.test(value) && !/ $/.test(value) && !/^(true|false|yes|no|on|off|null)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
