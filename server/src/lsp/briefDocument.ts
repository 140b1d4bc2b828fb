import type { LoadedBrief } from '../pipeline/lintFile';

/** One Markdown document as the language features see it: loaded once per version, with its settings. */
export interface BriefDocument extends LoadedBrief {
  uri: string;
  /** The editor's version of an open document; undefined for a file read from disk. */
  version?: number;
}
