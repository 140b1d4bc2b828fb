import type { FileDiagnostic } from '../engine/types';
import type { Knowledge } from '../knowledge/knowledge';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import type { KnowledgeSources } from '../engine/lintConfig';
import { readTextFile } from '../io/readTextFile';
import type { LintConfig } from '../engine/lintConfig';
import { ConfigResolver } from './resolveConfig';

export interface Settings {
  config: LintConfig;
  knowledge: Knowledge;
  /** Problems in config and team data files, each reported in its own file. */
  problems: FileDiagnostic[];
}

export interface SettingsOptions {
  /** Use this config file for every brief instead of looking for one. */
  configFile?: string;
  /** Where `files` globs start when no config file is found. */
  baseDir?: string;
}

/** The config and knowledge for each brief, loaded once and shared by briefs that use the same files. */
export class SettingsLoader {
  private readonly resolver = new ConfigResolver();
  private readonly knowledgeCache = new Map<string, { knowledge: Knowledge; problems: FileDiagnostic[] }>();

  constructor(private readonly options: SettingsOptions = {}) {}

  forFile(path: string): Settings {
    const resolved = this.options.configFile ? this.resolver.resolveFile(this.options.configFile) : this.resolver.resolveFor(path, this.options.baseDir);
    const { knowledge, problems } = this.knowledgeFor(resolved.config);
    return { config: resolved.config, knowledge, problems: [...resolved.problems, ...problems] };
  }

  /** Forget what was read from disk, e.g. after a config or data file changed. */
  invalidate(): void {
    this.resolver.invalidate();
    this.knowledgeCache.clear();
  }

  /** Forget team data files after one changed; config files keep their last good content. */
  invalidateKnowledge(): void {
    this.knowledgeCache.clear();
  }

  private knowledgeFor(sources: KnowledgeSources) {
    const key = JSON.stringify([sources.vocabulary, sources.initiatives, sources.actionAreas].map((s) => [s.replace, s.files.map((f) => f.path)]));
    let entry = this.knowledgeCache.get(key);
    if (!entry) {
      entry = loadKnowledge(sources, readTextFile);
      this.knowledgeCache.set(key, entry);
    }
    return entry;
  }
}
