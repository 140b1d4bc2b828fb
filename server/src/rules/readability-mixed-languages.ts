import { defineRule } from './defineRule';
import { countWords } from '../analyses/prose/prose';
import { leftAloneSpans } from '../analyses/prose/leftAlone';
import { LANGUAGE_NAMES, isDetectedLanguage, type DetectedLanguage } from '../analyses/prose/language';
import { briefLanguage } from '../analyses/frontMatter/tagField';

/** What the rule's finding carries: the brief's language and the paragraphs found in each other one. */
export interface MixedLanguagesData {
  lang: string;
  paragraphs: Partial<Record<DetectedLanguage, number>>;
}

export default defineRule<Record<string, never>, MixedLanguagesData>({
  id: 'readability-mixed-languages',
  description: "Paragraphs in another language than the brief's `lang` are named once; the text rules skip them.",
  defaultSeverity: 'information',
  fixable: false,
  defaultOptions: {},
  check(brief, { report }) {
    const passages = leftAloneSpans(brief).filter((span) => span.kind === 'otherLanguage');
    if (passages.length === 0) return;
    const lang = briefLanguage(brief);
    const expected = isDetectedLanguage(lang) ? LANGUAGE_NAMES[lang] : lang;
    const paragraphs: Partial<Record<DetectedLanguage, number>> = {};
    const words = new Map<DetectedLanguage, number>();
    for (const passage of passages) {
      const language = passage.language!;
      paragraphs[language] = (paragraphs[language] ?? 0) + 1;
      words.set(language, (words.get(language) ?? 0) + countWords(brief, passage));
    }
    const found = (Object.entries(paragraphs) as [DetectedLanguage, number][]).sort((a, b) => b[1] - a[1]);
    const listed = found.map(([language, count]) => `${count} ${count === 1 ? 'paragraph' : 'paragraphs'} in ${LANGUAGE_NAMES[language]}`);
    const what = listed.length === 1 ? listed[0] : `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
    const [main] = [...words.entries()].sort((a, b) => b[1] - a[1]);
    const skipped = `${what} ${passages.length === 1 ? 'is' : 'are'} not in ${expected}, the brief's language; the vocabulary, acronym and readability rules skip ${passages.length === 1 ? 'it' : 'them'}.`;
    // When most of the brief is in another language, its `lang` is what is wrong.
    // A site generator's `language: de` says the same, under a key DiploBrief does not read.
    const writtenAs = ['language', 'locale'].find((key) => brief.frontMatter?.data?.[key] === main[0]);
    const advice =
      main[1] * 2 > countWords(brief)
        ? `Most of the brief is in ${LANGUAGE_NAMES[main[0]]}: if it is written in ${LANGUAGE_NAMES[main[0]]}, set 'lang: ${main[0]}' in the front matter${writtenAs ? ` ('${writtenAs}: ${main[0]}' is not read)` : ''}.`
        : `Translate ${passages.length === 1 ? 'it' : 'them'} if the brief is meant to be read in ${expected} alone; a bilingual brief needs no change.`;
    const first = passages[0];
    report({
      message: `${skipped.charAt(0).toUpperCase()}${skipped.slice(1)} ${advice}`,
      start: first.start,
      end: Math.min(first.end, brief.lines.lineEnd(brief.lines.positionAt(first.start).line)),
      data: { lang, paragraphs },
    });
  },
});
