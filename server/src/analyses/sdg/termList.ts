import model from '../../knowledge/data/sdg-model/sdg-model.json';
import { tokenize } from '../../engine/phraseMatcher';
import { PRECOMPUTED_TERMS } from './precomputedTerms';
import type { SdgCatalogue } from '../../knowledge/sdgCatalogue';

/** One phrase the scorer looks for, and what it weighs for each goal (none for an ignored phrase). */
export interface Term {
  /** The phrase as matched: one variant (plural, hyphenated) of `canonical`. */
  phrase: string;
  /** The phrase as listed, which evidence reports for every variant. */
  canonical: string;
  /** Curated (or official-text) weight per goal, which the model scales. */
  weights: Record<string, number>;
  /** Weight per goal learned from labelled pages, added as it is. */
  learned?: Record<string, number>;
  caseSensitive: boolean;
}

/**
 * How the scorer turns phrases into a decision, learned by `npm run train:sdg`: per goal, a
 * bias, a length term, a scale for the curated weights and learned phrase weights.
 */
export interface SdgModel {
  /** Least confidence (probability) for a suggestion. */
  threshold: number;
  /** Least score of one paragraph for it to count as speaking clearly of a goal. */
  clearParagraph: number;
  /** Least score of a goal's strongest paragraph for a suggestion; 0 lets the confidence decide alone. */
  suggestionParagraph: number;
  /** Least curated score of one paragraph that shows, on its own, that the text serves its main goal (a short text has little else to show). */
  strongParagraph: number;
  /** Most words of a text judged by its strongest paragraph alone. */
  shortText: number;
  goals: Record<string, { bias: number; length: number; curated: number; share?: number; phrases?: Record<string, number> }>;
}

/** Languages with a model of their own, read on first need; the others use the model of curated terms only. */
const MODEL_FILES: Record<string, () => SdgModel> = {
  en: () => require('../../knowledge/data/sdg-model/sdg-model.en.json') as SdgModel,
  es: () => require('../../knowledge/data/sdg-model/sdg-model.es.json') as SdgModel,
  fr: () => require('../../knowledge/data/sdg-model/sdg-model.fr.json') as SdgModel,
};

export function modelFor(lang: string): SdgModel {
  return Object.hasOwn(MODEL_FILES, lang) ? MODEL_FILES[lang]() : model;
}

interface TermFile {
  language: string;
  stopWords: string[];
  generalWords?: string[];
  ignore: string[];
  goals: Record<string, Record<string, number>>;
  targets?: Record<string, string[]>;
}

/**
 * Languages with curated term lists, each read on first need (a require, not an import, so that
 * a bundle builds its objects only then: a brief in English never reads the others); the scorer
 * says plainly that it cannot read the other languages.
 */
const TERM_FILES: Record<string, () => TermFile> = {
  en: () => require('../../knowledge/data/sdg-terms/sdg-terms.en.json') as TermFile,
  es: () => require('../../knowledge/data/sdg-terms/sdg-terms.es.json') as TermFile,
  fr: () => require('../../knowledge/data/sdg-terms/sdg-terms.fr.json') as TermFile,
  de: () => require('../../knowledge/data/sdg-terms/sdg-terms.de.json') as TermFile,
};

function termFile(lang: string): TermFile | undefined {
  return Object.hasOwn(TERM_FILES, lang) ? TERM_FILES[lang]() : undefined;
}

export const SCORER_LANGUAGES = Object.keys(TERM_FILES);

// Terms drawn from the official texts weigh less than curated ones: UN prose is formal,
// and a word shared by several goals says little about any of them.
const OFFICIAL_WORD_WEIGHT = 0.5;
const OFFICIAL_PAIR_WEIGHT = 1;
// A single word says less than a pair: only words that one goal alone uses are kept.
const MAX_GOALS_PER_OFFICIAL_WORD = 1;
const MAX_GOALS_PER_OFFICIAL_PAIR = 2;
const MIN_WORD_LENGTH = 4;

/** Phrases in the specific language of each target, by target id; none for a language without term lists. */
export function targetPhrases(lang: string): Record<string, string[]> {
  const targets = termFile(lang)?.targets ?? {};
  return Object.fromEntries(Object.entries(targets).map(([id, phrases]) => [id, phrases.flatMap(withEitherApostrophe)]));
}

/**
 * The scorer's terms for a language: curated phrases, official-text words and pairs, and ignored
 * phrases, weighed by `model` (by default the language's shipped model, whose list the build
 * makes ahead of time: every catalogue holds the same official texts).
 */
export function buildTermList(lang: string, catalogue: SdgCatalogue, model?: SdgModel): Term[] | undefined {
  const precomputed = model === undefined ? PRECOMPUTED_TERMS.get(lang) : undefined;
  if (precomputed !== undefined) return JSON.parse(precomputed) as Term[];
  model ??= modelFor(lang);
  const file = termFile(lang);
  if (!file) return undefined;
  const terms = new Map<string, Term>();
  const stopWords = new Set(file.stopWords);
  const add = (phrase: string, goal: string | undefined, weight: number, override: boolean) => {
    const caseSensitive = phrase !== phrase.toLowerCase();
    const written = caseSensitive ? phrase : phrase.toLowerCase();
    // The singular of "wells" is "well", as in "as well as": a form that is a common word says nothing.
    for (const variant of variantsOf(written, lang).filter((form) => form === written || !stopWords.has(form))) {
      const term = terms.get(variant) ?? { phrase: variant, canonical: phrase, weights: {}, caseSensitive };
      if (goal !== undefined && (override || term.weights[goal] === undefined)) term.weights[goal] = weight;
      terms.set(variant, term);
    }
  };
  for (const [phrase, goals] of officialTerms(lang, stopWords, new Set(file.generalWords), catalogue)) {
    for (const [goal, weight] of goals) add(phrase, goal, weight, false);
  }
  for (const [goal, phrases] of Object.entries(file.goals)) {
    for (const [phrase, weight] of Object.entries(phrases)) add(phrase, goal, weight, true);
  }
  for (const phrase of file.ignore) add(phrase, undefined, 0, false);
  const variants = new Map<string, Term[]>();
  for (const term of terms.values()) variants.set(term.canonical, [...(variants.get(term.canonical) ?? []), term]);
  // A learned weight belongs to a listed phrase in all its forms.
  for (const [goal, { phrases = {} }] of Object.entries(model.goals)) {
    for (const [phrase, weight] of Object.entries(phrases)) {
      for (const term of variants.get(phrase) ?? []) term.learned = { ...term.learned, [goal]: weight };
    }
  }
  return [...terms.values()];
}

/**
 * Words and adjacent word pairs of each goal's title and targets, without stop words,
 * kept only when they are specific: a word used by one goal only and not a general word,
 * a pair by at most two.
 */
function officialTerms(lang: string, stopWords: Set<string>, generalWords: Set<string>, catalogue: SdgCatalogue): Map<string, Map<string, number>> {
  const goalsOf = new Map<string, Set<string>>();
  for (const goal of catalogue.goals(lang)) {
    const texts = [goal.title, ...catalogue.ids(lang).filter((e) => e.kind === 'target' && e.goal === goal.id).map((e) => e.text)];
    for (const text of texts) {
      const words = tokenize(text).slice();
      for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (!isContentWord(word.key, word.kind, stopWords)) continue;
        note(goalsOf, word.key, goal.id);
        const separator = words[i + 1];
        const next = words[i + 2];
        if (separator?.kind === 'separator' && (separator.key === ' ' || separator.key === '-') && next && isContentWord(next.key, next.kind, stopWords)) {
          note(goalsOf, `${word.key}${separator.key}${next.key}`, goal.id);
        }
      }
    }
  }
  const terms = new Map<string, Map<string, number>>();
  for (const [phrase, goals] of goalsOf) {
    const pair = /[ -]/.test(phrase);
    if (goals.size > (pair ? MAX_GOALS_PER_OFFICIAL_PAIR : MAX_GOALS_PER_OFFICIAL_WORD) || (!pair && generalWords.has(phrase))) continue;
    const base = pair ? OFFICIAL_PAIR_WEIGHT : OFFICIAL_WORD_WEIGHT;
    terms.set(phrase, new Map([...goals].map((goal) => [goal, base / goals.size])));
  }
  return terms;
}

function isContentWord(key: string, kind: string, stopWords: Set<string>): boolean {
  return kind === 'word' && key.length >= MIN_WORD_LENGTH && !stopWords.has(key) && !/^\d/.test(key);
}

function note(map: Map<string, Set<string>>, key: string, goal: string) {
  const goals = map.get(key) ?? new Set<string>();
  goals.add(goal);
  map.set(key, goals);
}

/** The phrase with its last word in singular and plural, with a space or a hyphen in each gap between words, and with either apostrophe. */
function variantsOf(phrase: string, lang: string): string[] {
  const words = phrase.split(/[ -]/);
  const last = words.pop()!;
  const forms = [last];
  for (const form of numberForms(last, lang)) if (!forms.includes(form)) forms.push(form);
  let heads = [''];
  for (const word of words) heads = heads.flatMap((head) => [`${head}${word} `, `${head}${word}-`]);
  const variants = heads.length === 1 ? forms : heads.flatMap((head) => forms.map((form) => head + form));
  // Built once per language, from thousands of phrases: most have no apostrophe, and neither have their forms.
  return /['’]/.test(phrase) ? variants.flatMap(withEitherApostrophe) : variants;
}

/** The phrase with a straight and with a typographic apostrophe: briefs write both ("qualité de l’eau"), and the matcher reads them as different marks. */
function withEitherApostrophe(phrase: string): string[] {
  return /['’]/.test(phrase) ? [phrase.replace(/’/g, "'"), phrase.replace(/'/g, '’')] : [phrase];
}

/** Singular and plural of a word, by the regular rules of the language; irregular plurals are listed in the data. */
function numberForms(word: string, lang: string): string[] {
  if (word.length < MIN_WORD_LENGTH || /[^\p{Ll}]/u.test(word)) return [];
  switch (lang) {
    case 'en':
      if (word.endsWith('ies')) return [word.slice(0, -3) + 'y'];
      if (word.endsWith('ss')) return [word + 'es'];
      if (word.endsWith('s')) return [word.slice(0, -1)];
      if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ies'];
      if (/(x|ch|sh)$/.test(word)) return [word + 'es'];
      return [word + 's'];
    case 'es':
      if (word.endsWith('es')) return [word.slice(0, -2), word.slice(0, -1)];
      if (word.endsWith('s')) return [word.slice(0, -1)];
      return /[aeiouáéó]$/.test(word) ? [word + 's'] : [word + 'es'];
    case 'fr':
      if (/[sx]$/.test(word)) return [word.slice(0, -1)];
      return /(eau|au)$/.test(word) ? [word + 'x'] : [word + 's'];
    default:
      return [];
  }
}
