import { SPELLING_STANDARDS, type LintConfig, type SpellingStandard } from '../engine/lintConfig';
import { withOverrides } from '../config/resolveConfig';

/** The `diplobrief.*` settings of an editor, laid over what `.diplobrief.yaml` says. */
export interface ClientSettings {
  enable: boolean;
  /** Globs of Markdown files that are briefs; empty means "as the config files say". */
  files: string[];
  /** 'auto' means "as the config files say". */
  language: 'auto' | SpellingStandard;
  /** Per rule, as in `.diplobrief.yaml`: a severity or [severity, options]. */
  rules: Record<string, unknown>;
}

export const DEFAULT_CLIENT_SETTINGS: ClientSettings = { enable: true, files: [], language: 'auto', rules: {} };

/** Reads whatever the client sent (any of it may be missing or of the wrong type). */
export function readClientSettings(raw: unknown): ClientSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_CLIENT_SETTINGS.enable,
    files: Array.isArray(value.files) ? value.files.filter((glob): glob is string => typeof glob === 'string' && glob.length > 0) : [],
    language: SPELLING_STANDARDS.find((standard) => standard === value.language) ?? 'auto',
    rules: typeof value.rules === 'object' && value.rules !== null && !Array.isArray(value.rules) ? (value.rules as Record<string, unknown>) : {},
  };
}

/** The brief's config with the editor's settings on top; `baseDir` is the workspace folder the `files` globs start from. */
export function applyClientSettings(config: LintConfig, settings: ClientSettings, baseDir?: string): { config: LintConfig; problems: string[] } {
  const overrides: Record<string, unknown> = {};
  if (settings.files.length > 0) overrides.files = settings.files;
  if (settings.language !== 'auto') overrides.language = settings.language;
  if (Object.keys(settings.rules).length > 0) overrides.rules = settings.rules;
  if (Object.keys(overrides).length === 0) return { config, problems: [] };
  const result = withOverrides(config, overrides, baseDir);
  return { config: result.config, problems: result.problems.map((problem) => `The diplobrief.* settings were ignored: ${problem} Fix them in the editor's settings.`) };
}
