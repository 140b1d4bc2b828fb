import { parseBrief, type ParsedBrief } from '../engine/parseBrief';
import { parseWithinLimits } from '../engine/inputLimits';
import { isBrief } from '../engine/isBrief';
import type { Diagnostic } from '../engine/types';
import { bibliographyFiles } from '../analyses/initiatives/bibliography';
import { briefLanguage } from '../analyses/frontMatter/tagField';
import type { Settings } from '../config/settingsLoader';
import { lintParsed } from './defaults';

/** Reads a file the brief links; undefined when it cannot be read. */
export type ReadLinkedFile = (path: string) => string | undefined;

/**
 * One Markdown text on its way to findings: parsed once within the input limits, known
 * to be a brief or not, with the settings and linked files its lint uses. The CLI, the
 * report and the language server all start from here.
 */
export interface LoadedBrief {
  path?: string;
  brief: ParsedBrief;
  settings: Settings;
  /** False for Markdown files that are not briefs: every host leaves those alone. */
  isBrief: boolean;
  /**
   * For a text that was not parsed (binary, over the size limit, nested too deep): the one
   * diagnostic that says so; `brief` is then empty, so nothing is found in it.
   */
  refused?: Diagnostic[];
  /** The bibliography files the brief names, with their contents where they could be read. */
  linkedFiles: ReadonlyMap<string, string>;
  /** The brief's `lang` reduced to its language ("es" for "es_MX"); "en" when unset. */
  lang: string;
}

/**
 * Parses a text (already without its byte order mark) and reads the files it links; from
 * the `previous` version of the text, loaded with the same settings, when there is one.
 */
export function loadBrief(text: string, path: string | undefined, settings: Settings, readLinked: ReadLinkedFile, previous?: LoadedBrief): LoadedBrief {
  const parsed = parseWithinLimits(text, path, settings.config, previous && !previous.refused ? previous.brief : undefined);
  if ('refused' in parsed) {
    const brief = parseBrief('', path);
    return { path, brief, settings, isBrief: parsed.refused.length > 0, refused: parsed.refused, linkedFiles: new Map(), lang: 'en' };
  }
  const { brief } = parsed;
  const linkedFiles = new Map<string, string>();
  for (const file of bibliographyFiles(brief)) {
    const content = readLinked(file);
    if (content !== undefined) linkedFiles.set(file, content);
  }
  return { path, brief, settings, isBrief: isBrief(brief, settings.config), linkedFiles, lang: briefLanguage(brief) };
}

/** The findings of a loaded text: the refusal, the rules' findings for a brief, or none. */
export function lintLoaded(loaded: LoadedBrief): Diagnostic[] {
  if (loaded.refused) return loaded.refused;
  if (!loaded.isBrief) return [];
  const { config, knowledge } = loaded.settings;
  return lintParsed(loaded.brief, { path: loaded.path, config, knowledge, linkedFiles: loaded.linkedFiles });
}

/** Loads and lints in one step, as `--fix` does for each round of fixes. */
export function lintSource(text: string, path: string | undefined, settings: Settings, readLinked: ReadLinkedFile): Diagnostic[] {
  return lintLoaded(loadBrief(text, path, settings, readLinked));
}
