import { dirname } from 'node:path';
import type { FileDiagnostic } from '../engine/types';
import type { Settings, SettingsLoader } from '../config/settingsLoader';

/**
 * The settings of each folder, resolved once: a brief's settings depend only on its
 * folder. Hosts that lay settings of their own over the config files (an editor's)
 * pass `adjust`.
 */
export class SettingsCache {
  private readonly byFolder = new Map<string, Settings>();

  constructor(
    private readonly loaderFor: (path: string) => SettingsLoader,
    private readonly adjust: (settings: Settings, path: string) => Settings = (settings) => settings,
  ) {}

  forFile(path: string): Settings {
    const folder = dirname(path);
    let settings = this.byFolder.get(folder);
    if (!settings) {
      settings = this.adjust(this.loaderFor(path).forFile(path), path);
      this.byFolder.set(folder, settings);
    }
    return settings;
  }

  all(): Iterable<Settings> {
    return this.byFolder.values();
  }

  clear(): void {
    this.byFolder.clear();
  }
}

/** Config and team-data problems by the file they are in, each once however many folders share the file. */
export function problemsByFile(settings: Iterable<Settings>): Map<string, FileDiagnostic[]> {
  const byFile = new Map<string, Map<string, FileDiagnostic>>();
  for (const { problems } of settings) {
    for (const problem of problems) {
      const known = byFile.get(problem.file) ?? new Map<string, FileDiagnostic>();
      known.set(JSON.stringify(problem), problem);
      byFile.set(problem.file, known);
    }
  }
  return new Map([...byFile].map(([file, problems]) => [file, [...problems.values()]]));
}
