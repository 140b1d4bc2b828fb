export type SdgKind = 'goal' | 'target' | 'indicator';

export interface SdgGoal {
  id: string;
  short: string;
  title: string;
  colour: string;
}

export interface SdgEntry {
  id: string;
  kind: SdgKind;
  /** The goal this id belongs to: "11" for "11.5.1". */
  goal: string;
  text: string;
  retired?: boolean;
}

interface SdgFile {
  language: string;
  goals: SdgGoal[];
  targets: { id: string; goal: string; text: string }[];
  indicators: { id: string; target: string; text: string }[];
  retiredIndicators: { id: string; target: string; text: string }[];
}

export const SDG_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type SdgLanguage = (typeof SDG_LANGUAGES)[number];

/**
 * Each language's file, read on first need (a require, not an import, so that a bundle builds
 * its 100 kB of objects only then): a brief in English never reads the others, and a run that
 * lints only English briefs builds none of the other three.
 */
const FILES: Record<SdgLanguage, () => SdgFile> = {
  en: () => require('./data/sdg/sdg.en.json') as SdgFile,
  es: () => require('./data/sdg/sdg.es.json') as SdgFile,
  fr: () => require('./data/sdg/sdg.fr.json') as SdgFile,
  de: () => require('./data/sdg/sdg.de.json') as SdgFile,
};

function isSdgLanguage(lang: string): lang is SdgLanguage {
  return (SDG_LANGUAGES as readonly string[]).includes(lang);
}

/** The official SDG goals, targets and indicators, in every shipped language. */
export class SdgCatalogue {
  private readonly byLanguage = new Map<SdgLanguage, Map<string, SdgEntry>>();

  /** The entry in the requested language, falling back to English for unknown languages. */
  get(id: string, lang: string = 'en'): SdgEntry | undefined {
    return this.entries(lang).get(id);
  }

  goal(id: string, lang: string = 'en'): SdgGoal | undefined {
    return this.goals(lang).find((goal) => goal.id === id);
  }

  goals(lang: string = 'en'): SdgGoal[] {
    return FILES[languageOf(lang)]().goals;
  }

  /** Every current id (goals, targets, indicators), retired indicators excluded. */
  ids(lang: string = 'en'): SdgEntry[] {
    return [...this.entries(lang).values()].filter((entry) => !entry.retired);
  }

  private entries(lang: string): Map<string, SdgEntry> {
    const language = languageOf(lang);
    let entries = this.byLanguage.get(language);
    if (!entries) this.byLanguage.set(language, (entries = indexFile(FILES[language]())));
    return entries;
  }
}

/** The shipped language of the texts for `lang`: English for the languages not shipped. */
function languageOf(lang: string): SdgLanguage {
  return isSdgLanguage(lang) ? lang : 'en';
}

function indexFile(file: SdgFile): Map<string, SdgEntry> {
  const index = new Map<string, SdgEntry>();
  for (const goal of file.goals) index.set(goal.id, { id: goal.id, kind: 'goal', goal: goal.id, text: goal.title });
  for (const target of file.targets) index.set(target.id, { id: target.id, kind: 'target', goal: target.goal, text: target.text });
  for (const indicator of file.indicators) {
    if (!index.has(indicator.id)) index.set(indicator.id, { id: indicator.id, kind: 'indicator', goal: goalOf(indicator.id), text: indicator.text });
  }
  for (const retired of file.retiredIndicators) {
    index.set(retired.id, { id: retired.id, kind: 'indicator', goal: goalOf(retired.id), text: retired.text, retired: true });
  }
  return index;
}

function goalOf(id: string): string {
  return id.split('.')[0];
}
