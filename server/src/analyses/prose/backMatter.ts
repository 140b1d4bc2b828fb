import type { Span } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';
import { normaliseTitle, normalisedTitles } from './prose';
import { htmlNodesOf } from './htmlNodes';

/**
 * Titles of what is said about a brief rather than in it: who wrote it and how, whom it
 * thanks, who paid for it, and the legal terms it is published under.
 */
const BACK_MATTER_TITLES = new Set(
  [
    'Credits', 'Acknowledgements', 'Acknowledgments', 'Acknowledgement', 'Acknowledgment', 'Recognition', 'Thanks', 'About the author', 'About the authors',
    'Authors', 'Author', 'Author note', 'Author notes', 'Author contributions', 'Contributions', 'Contributors', 'Biographies',
    'Funding', 'Funding sources', 'Contact', 'Contacts', 'Disclaimer', 'Legal notice', 'Terms', 'Terms of use', 'Copyright', 'Licence', 'License', 'Imprint',
    'Agradecimientos', 'Sobre los autores', 'Autores', 'Financiación', 'Contacto', 'Aviso legal',
    'Remerciements', 'À propos des auteurs', 'Auteurs', 'Financement', 'Avertissement', 'Mentions légales',
    'Danksagung', 'Über die Autoren', 'Autoren', 'Finanzierung', 'Kontakt', 'Haftungsausschluss', 'Impressum',
  ].map(normaliseTitle),
);

/** A component that opens on a line of its own with a label or title (`<Endnote label='Credits' divider>`). */
const LABELLED_COMPONENT = /^<([A-Z][\w.]*)\b[^>]*?\b(?:label|title)=(?:"([^"]*)"|'([^']*)')[^>]*>\s*$/;

/**
 * The passages of the brief that are its back matter, in document order: each section titled
 * so, with its heading, and the content of each component labelled so, up to its closing tag.
 * Readability advice is for the argument: no one asks an author to shorten the list of
 * people they thank.
 */
export function backMatter(brief: ParsedBrief): readonly Span[] {
  return brief.cache.get(backMatter, () => {
    const titles = normalisedTitles(brief);
    const sections = brief.headings.filter((_, i) => BACK_MATTER_TITLES.has(titles[i])).map((heading) => ({ start: heading.start, end: heading.sectionEnd }));
    return [...sections, ...labelledComponents(brief)].filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  });
}

function labelledComponents(brief: ParsedBrief): Span[] {
  const found: Span[] = [];
  const html = htmlNodesOf(brief);
  html.forEach((node, index) => {
    const open = LABELLED_COMPONENT.exec(node.value);
    if (!open) return;
    const [, name, ...labels] = open;
    if (!BACK_MATTER_TITLES.has(normaliseTitle(labels.find((label) => label !== undefined)!))) return;
    const start = node.position!.end.offset!;
    const close = html.slice(index + 1).find((later) => later.value.trim() === `</${name}>`);
    // Without its closing tag, the component runs to the next heading.
    const end = close?.position!.start.offset! ?? brief.headings.find((heading) => heading.start >= start)?.start ?? brief.text.length;
    found.push({ start, end });
  });
  return found;
}
