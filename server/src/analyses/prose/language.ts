import type { francAll as FrancAll } from 'franc-min';

/** The languages a passage can be told apart in, by their BCP 47 primary subtag. */
export const DETECTED_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type DetectedLanguage = (typeof DETECTED_LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<DetectedLanguage, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
};

const ISO_639_3: Record<string, DetectedLanguage> = { eng: 'en', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', ita: 'it' };

/**
 * The commonest function words of each language. franc alone, on short paragraphs,
 * takes about one English paragraph in twenty for another language (names, figures,
 * formulas); a passage is only called foreign when its own function words outnumber
 * those of the brief's language too.
 */
const FUNCTION_WORDS: Record<DetectedLanguage, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    en: 'the of and to in is that for with as are on be by this it was from or an which have has not at their its they will we these but can also been were would more than other such there should into who our',
    es: 'el la de que y en los las del se por con una para es al lo como más pero sus su le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde han desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto antes algunos qué unos otro otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo',
    fr: 'le la les de des du et en un une est que qui dans pour pas sur au aux avec ce ces par plus ne se sont il elle ils nous vous leur leurs mais ou où son sa ses cette été être fait comme tout aussi très sans entre',
    de: 'der die das und ist nicht mit den dem des ein eine einer eines sich auf für von zu im auch als an es wird werden sind wie bei aus nach oder dass durch zur zum über nur noch kann sowie diese dieser unter wir sie',
    pt: 'o a os as de do da dos das e em no na nos nas um uma que para com por não se mais como ao à pelo pela é são foi também ser seu sua seus suas entre quando muito já está isso este esta essa até ou',
    it: 'il lo la i gli le di del della dei degli delle e è che per un una in nel nella con non si da dal dalla al alla sono come più anche ma ha questo questa essere tra sul sulla ancora loro molto',
  }).map(([language, words]) => [language, new Set(words.split(' '))]),
) as unknown as Record<DetectedLanguage, ReadonlySet<string>>;

/**
 * Each function word with the languages whose word it is, one bit a language by its place in
 * DETECTED_LANGUAGES: one look-up a word rather than one per language.
 */
const LANGUAGES_OF_WORD = new Map<string, number>();
DETECTED_LANGUAGES.forEach((language, place) => {
  for (const word of FUNCTION_WORDS[language]) LANGUAGES_OF_WORD.set(word, (LANGUAGES_OF_WORD.get(word) ?? 0) | (1 << place));
});

const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGES_OF_WORD.keys()].map((word) => word.length));

/** Where a word's length and its first and last letters (in either case: the low five bits of an ASCII letter) are in `MAY_BE_FUNCTION_WORD`. */
function shapeIndex(length: number, firstCode: number, lastCode: number): number {
  return (length << 10) | ((firstCode & 31) << 5) | (lastCode & 31);
}

/**
 * Per length and first and last ASCII letters, whether some function word has them: most words of
 * a paragraph are told from every function word by this table alone, without being lower-cased
 * and looked up. Function words that begin or end with another letter ("été", "più") are looked up.
 */
const MAY_BE_FUNCTION_WORD = new Uint8Array(shapeIndex(LONGEST_FUNCTION_WORD + 1, 0, 0));
for (const word of LANGUAGES_OF_WORD.keys()) {
  const firstCode = word.charCodeAt(0);
  const lastCode = word.charCodeAt(word.length - 1);
  if (firstCode < 0x80 && lastCode < 0x80) MAY_BE_FUNCTION_WORD[shapeIndex(word.length, firstCode, lastCode)] = 1;
}

/** The languages whose function word the word is, one bit a language by its place in DETECTED_LANGUAGES; undefined for none. */
function languagesOfWord(word: string): number | undefined {
  // Lower-casing never shortens a word: one longer than every function word is none. It changes no ASCII letter to
  // another letter, nor (but for "İ", which no function word holds) the length of a word.
  if (word.length > LONGEST_FUNCTION_WORD) return undefined;
  const firstCode = word.charCodeAt(0);
  const lastCode = word.charCodeAt(word.length - 1);
  if (firstCode < 0x80 && lastCode < 0x80 && MAY_BE_FUNCTION_WORD[shapeIndex(word.length, firstCode, lastCode)] === 0) return undefined;
  return LANGUAGES_OF_WORD.get(word.toLowerCase());
}

/** Words of letters, with inner hyphens and apostrophes ("e-mail" is one word, not the Portuguese "e"). */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
/** Fewer words than this, or fewer function words of the language found, tell too little. */
const MIN_WORDS = 5;
const MIN_FUNCTION_WORDS = 3;

let francAll: typeof FrancAll | undefined;

/**
 * franc, loaded on first need: loading it turns the trigrams of its 82 languages into tables,
 * about 15 ms of every start of the CLI, and most briefs have no passage that needs it.
 */
function loadFrancAll(): typeof FrancAll {
  // A require here, not an import, so that a bundle loads franc only when this runs.
  francAll ??= (require('franc-min') as typeof import('franc-min')).francAll;
  return francAll;
}

/**
 * A list of names of bodies or places ("Universidad Nacional del Sur, Junta Comunal de
 * Betania") or a title in title case: most words besides the function words are
 * capitalised. Its "de" and "la" tell the language of the names, not of the passage.
 */
function isMostlyNames(words: readonly string[]): boolean {
  const content = contentWords(words);
  return content.filter(isCapitalised).length * 2 > content.length;
}

/**
 * A line that only names: bodies, people or places ("Ministry of Education (MINEDU)",
 * "Mariela Borgnia, Grupo de Ecología de Mamíferos Introducidos (EMI)/…"), where every word
 * besides the function words is capitalised. A partner list or an affiliation is such a
 * line; a sentence, even one full of names, has some word in lower case.
 */
export function isLineOfNames(text: string): boolean {
  const content = contentWords(text.match(WORD) ?? []);
  return content.length > 0 && content.every(isCapitalised);
}

/** Whether a word, in either case, is one of the commonest function words ("the", "and", "de", "la") of a language told apart here. */
export function isFunctionWord(word: string): boolean {
  return languagesOfWord(word) !== undefined;
}

const contentWords = (words: readonly string[]) => words.filter((word) => !isFunctionWord(word));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

export function isDetectedLanguage(language: string): language is DetectedLanguage {
  return (DETECTED_LANGUAGES as readonly string[]).includes(language);
}

/** Whether any word of the text is a function word of the language ("the", "said the mayor"). */
export function hasFunctionWordOf(text: string, language: DetectedLanguage): boolean {
  const bit = 1 << DETECTED_LANGUAGES.indexOf(language);
  return (text.match(WORD) ?? []).some((word) => ((languagesOfWord(word) ?? 0) & bit) !== 0);
}

/**
 * The language of a passage when it is clearly not `expected`: franc (trigrams) names
 * it, and its function words outnumber the expected language's. Undefined when the
 * passage is in `expected`, or too short or too mixed to say.
 */
export function otherLanguageOf(text: string, expected: DetectedLanguage): DetectedLanguage | undefined {
  // Brackets often hold a name or its translation: "OCALUCOPER (Organisation Camerounaise de lutte …)"; most passages have none to take out.
  const passage = text.includes('(') ? text.replace(/\([^()]*\)/g, ' ') : text;
  const written = passage.match(WORD) ?? [];
  if (written.length < MIN_WORDS) return undefined;
  // How many of the words are function words of each language, by place in DETECTED_LANGUAGES.
  const counts = DETECTED_LANGUAGES.map(() => 0);
  for (const word of written) {
    const languages = languagesOfWord(word);
    if (languages) for (let place = 0; place < counts.length; place++) if (languages & (1 << place)) counts[place]++;
  }
  const expectedCount = counts[DETECTED_LANGUAGES.indexOf(expected)];
  // Trigrams cost far more than a word count: only a passage that may be foreign gets them.
  if (!counts.some((count) => count > expectedCount && count >= MIN_FUNCTION_WORDS)) return undefined;
  const [best] = loadFrancAll()(text, { only: Object.keys(ISO_639_3), minLength: 10 });
  const found = best && ISO_639_3[best[0]];
  if (!found || found === expected) return undefined;
  const foundCount = counts[DETECTED_LANGUAGES.indexOf(found)];
  if (foundCount <= expectedCount || foundCount < MIN_FUNCTION_WORDS) return undefined;
  // German capitalises every noun, so only its capitals say nothing of names.
  return found !== 'de' && isMostlyNames(written) ? undefined : found;
}
