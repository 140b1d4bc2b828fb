import type { Range, Severity } from './types';

/** A team data file named in a config, and where the config names it. */
export interface DataSource {
  path: string;
  declaredIn?: { file: string; range: Range };
}

export interface SourceList {
  files: DataSource[];
  /** True when the team's files replace the built-in data instead of extending it. */
  replace: boolean;
}

export interface KnowledgeSources {
  vocabulary: SourceList;
  initiatives: SourceList;
  actionAreas: SourceList;
}

export type RuleSeverity = Severity | 'off';

/**
 * Spelling standards, as BCP 47 tags: British (-ise), US, Oxford (`oxendict`: -ize with
 * British -our, -re, programme) and the United Nations' (region `UN`), which follows Oxford.
 */
export const SPELLING_STANDARDS = ['en-GB', 'en-US', 'en-GB-oxendict', 'en-UN'] as const;
export type SpellingStandard = (typeof SPELLING_STANDARDS)[number];

export interface RuleSetting {
  severity: RuleSeverity;
  options: Record<string, unknown>;
}

/** The configuration that applies to one brief, after `extends` and the folder walk. */
export interface LintConfig extends KnowledgeSources {
  /** Spelling standard; undefined means "whichever the brief uses most". */
  language?: SpellingStandard;
  /** Globs, relative to `baseDir`, of Markdown files that are briefs. */
  files: string[];
  /** Globs, relative to `baseDir`, of Markdown files that are no briefs even where `files` matches them. */
  notBriefs: string[];
  /** The folder `files` globs are relative to: the nearest config file's folder. */
  baseDir?: string;
  /** Only rules the config mentions; the rest run at their default severity. */
  rules: Record<string, RuleSetting>;
  frontMatter: { required: string[] };
  /** Briefs larger than this many bytes get one diagnostic instead of being linted. */
  maxFileSize: number;
  /** Config files that made this config, nearest first. */
  sources: string[];
}

export const DEFAULT_FILES = ['**/*.brief.md', 'briefs/**/*.md'];

/** Files most teams keep beside their briefs: they describe the briefs and are none themselves. */
export const DEFAULT_NOT_BRIEFS = ['**/README.md', '**/index.md', '**/_index.md', '**/CONTRIBUTING.md', '**/CHANGELOG.md', '**/*template*.md', '**/templates/**'];

/** 1 MiB: thirty times a long brief, and still parsed in well under a second. */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export function emptyConfig(): LintConfig {
  const none = () => ({ files: [], replace: false });
  return {
    files: DEFAULT_FILES,
    notBriefs: DEFAULT_NOT_BRIEFS,
    rules: {},
    frontMatter: { required: [] },
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    vocabulary: none(),
    initiatives: none(),
    actionAreas: none(),
    sources: [],
  };
}
