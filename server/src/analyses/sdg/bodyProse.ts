import type { ParsedBrief, ProseBlock } from '../../engine/parseBrief';
import { normalisedTitles, normaliseTitle } from '../prose/prose';
import { REFERENCE_TITLES } from '../../knowledge/sectionTitles';
import { backMatter } from '../prose/backMatter';

// Sections that hold what the brief cites and notes beside its argument; its back matter (credits, acknowledgements, legal terms) is apart too.
const APART_TITLES = [
  ...REFERENCE_TITLES,
  'Endnotes', 'Footnotes', 'Further reading', 'Works cited', 'Literature', 'Annex', 'Annexes', 'Appendix',
  'Anexo', 'Anexos', 'Annexe', 'Annexes', 'Literatur', 'Literaturverzeichnis', 'Anhang',
].map(normaliseTitle);

// A caption, a source line or a disclaimer speaks of a figure or of the publisher, not of the goal.
const APART_PARAGRAPH =
  /^\s*(?:[*_]+\s*)?(?:(?:Figure|Fig\.|Table|Chart|Graph|Map|Photo|Image|Box|Source|Sources|Credit|Note|Figura|Tabla|Cuadro|Gráfico|Fuente|Fuentes|Tableau|Graphique|Carte|Encadré|Abbildung|Tabelle|Quelle)\b\s*[\dIVX.]*\s*[:.–—-]|Disclaimer\b|Descargo de responsabilidad|Avertissement\b|©|\(c\)\s*\d{4})/i;
// A note that credits a tool or a paper ("…tags generated using: KeyBERT… 2020, https://doi.org/…") is a citation.
const CITES_WORK = /\bdoi\.org\/|\bdoi:\s*10\./i;
const DISCLAIMER = /\b(?:do(?:es)? not necessarily (?:reflect|represent)|views expressed (?:here|in this)|no reflejan necesariamente|ne reflètent pas nécessairement)\b/i;
/**
 * A note on who wrote the brief ("About the author: …", or "Jane Doe is a senior researcher at
 * … She holds a PhD …" with no heading of its own): the fields an author works in are not the
 * goals the brief serves.
 */
const ABOUT_THE_AUTHOR = /^\s*(?:[*_]+\s*)?(?:about the authors?|sobre (?:el|la|los|las) autor(?:a|es|as)?|(?:à|a) propos de l['’]auteur|über (?:den|die) autor(?:in|en|innen)?)\b/i;
// A person by name, then the first words of their post ("Jane Doe is a senior researcher", "… is an Associate Professor").
const PERSON_INTRODUCED =
  /^\s*(?:[*_]+\s*)?(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3},?\s+(?:is|was|has been|serves as)\s+(?:an?|the)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u;
const POST =
  /\b(?:researcher|professor|fellow|director|lecturer|scientist|economist|analyst|consultant|advis[eo]r|officer|specialist|associate|candidate|student|coordinator|manager|head|chair|founder|expert|journalist|editor|engineer|partner)\b/i;
const BIOGRAPHY =
  /\b(?:holds? an? (?:PhD|Ph\.D\.|doctorate|master['’]?s?|MSc|MA|BA|degree)|(?:his|her|their) (?:research|work) (?:focuses|covers|centres|centers|examines|explores|spans)|previously (?:worked|served|led|was)|(?:received|earned|obtained) (?:his|her|their|a) (?:PhD|doctorate|degree|master)|graduated (?:from|in))\b/i;
const introducesPerson = (text: string) => POST.test(PERSON_INTRODUCED.exec(text)?.[1] ?? '');
const isAuthorNote = (text: string) => ABOUT_THE_AUTHOR.test(text) || (introducesPerson(text) && BIOGRAPHY.test(text));
// "Smith, J. (2021). Title. Publisher." and "[12] Author, Title, 2019": a reference entry is not the brief's argument.
const REFERENCE_ENTRY = /^\s*(?:\[\d+\]|\d+\.\s+)?[\p{Lu}][\p{L}'’-]+,\s*(?:[\p{Lu}]\.\s*)+.*\(?\b(?:19|20)\d{2}[a-z]?\b\)?/u;

/**
 * The blocks of the brief's own argument, in order: paragraphs, headings and table cells
 * outside references, notes, annexes and the back matter (authors, acknowledgements, legal terms), without
 * captions, source lines, disclaimers, notes on the authors or reference entries.
 */
export function bodyBlocks(brief: ParsedBrief): ProseBlock[] {
  return brief.cache.get(bodyBlocks, () => {
    const titles = normalisedTitles(brief);
    const apart = [...brief.headings.filter((_, i) => APART_TITLES.includes(titles[i])).map((heading) => ({ start: heading.start, end: heading.sectionEnd })), ...backMatter(brief)];
    return brief.blocks.filter((block) => {
      if (apart.some((span) => block.start >= span.start && block.start < span.end)) return false;
      if (block.kind !== 'paragraph') return true;
      const text = brief.prose.slice(block.start, block.end);
      return !APART_PARAGRAPH.test(text) && !DISCLAIMER.test(text) && !isAuthorNote(text) && !REFERENCE_ENTRY.test(text) && !CITES_WORK.test(brief.text.slice(block.start, block.end));
    });
  });
}
