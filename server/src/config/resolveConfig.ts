import { existsSync, statSync } from 'node:fs';
import { readTextFile } from '../io/readTextFile';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import { compileSchema, readDataFile, scriptRefusal } from '../engine/dataFile';
import type { FileDiagnostic, Range, Severity } from '../engine/types';
import type { DataSource, SourceList } from '../engine/lintConfig';
import { RULES } from '../rules';
import { buildConfigSchema } from './configSchema';
import { emptyConfig, type LintConfig, type RuleSeverity } from '../engine/lintConfig';
import { DEFAULT_PRESET, PRESETS } from './presets';

export const CONFIG_FILE_NAMES = ['.diplobrief.yaml', '.diplobrief.yml'];

type RawConfig = Record<string, unknown>;

interface ConfigFile {
  path: string;
  raw: RawConfig;
  document?: Document.Parsed;
  lines?: { rangeOf(start: number, end: number): Range };
}

interface LoadResult {
  file?: ConfigFile;
  problems: FileDiagnostic[];
}

export interface ResolvedConfig {
  config: LintConfig;
  /** Problems in config files, reported in those files. */
  problems: FileDiagnostic[];
}

let configValidator: ValidateFunction | undefined;

/**
 * Finds and merges `.diplobrief.yaml` files. Keeps each file's last valid content,
 * so a half-typed config does not throw away a team's settings.
 */
export class ConfigResolver {
  private readonly lastGood = new Map<string, ConfigFile>();
  /** Each file's last reading, reused while its text is the same: every brief of a folder shares its config. */
  private readonly loaded = new Map<string, { text: string; result: LoadResult }>();

  constructor(private readonly readText: (path: string) => string = readTextFile) {}

  /** The config for a brief: the nearest config file wins, up to one with `root: true`. */
  resolveFor(briefPath: string, fallbackBaseDir?: string): ResolvedConfig {
    const chain = this.findConfigFiles(dirname(resolve(briefPath)));
    return this.resolveChain(chain, fallbackBaseDir ?? dirname(resolve(briefPath)));
  }

  /** The config from one named file (and what it extends), with no folder walk. */
  resolveFile(configPath: string): ResolvedConfig {
    return this.resolveChain([resolve(configPath)], dirname(resolve(configPath)));
  }

  /** Forgets cached content, e.g. after the file changed on disk. */
  invalidate(path?: string): void {
    if (path === undefined) {
      this.lastGood.clear();
      this.loaded.clear();
    } else {
      this.lastGood.delete(resolve(path));
      this.loaded.delete(resolve(path));
    }
  }

  private findConfigFiles(startDir: string): string[] {
    const found: string[] = [];
    for (let dir = startDir; ; dir = dirname(dir)) {
      const file = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find((path) => isFile(path));
      if (file) {
        found.push(file);
        if (this.load(file).file?.raw.root === true) break;
      }
      if (dirname(dir) === dir) break;
    }
    return found;
  }

  private resolveChain(nearestFirst: string[], fallbackBaseDir: string): ResolvedConfig {
    const problems: FileDiagnostic[] = [];
    const config = emptyConfig();
    config.baseDir = nearestFirst.length > 0 ? dirname(nearestFirst[0]) : fallbackBaseDir;
    applyLayer(config, { raw: PRESETS[DEFAULT_PRESET], path: '' });
    for (const path of [...nearestFirst].reverse()) this.applyFile(config, path, [], problems);
    config.sources = nearestFirst;
    return { config, problems };
  }

  private applyFile(config: LintConfig, path: string, visiting: string[], problems: FileDiagnostic[]): void {
    const { file, problems: fileProblems } = this.load(path);
    problems.push(...fileProblems);
    if (!file) return;
    this.applyExtends(config, file, [...visiting, path], problems);
    applyLayer(config, file);
  }

  private applyExtends(config: LintConfig, file: ConfigFile, visiting: string[], problems: FileDiagnostic[]): void {
    asList(file.raw.extends).forEach((parent, index) => {
      // Point at the very entry of a list, not at the whole list.
      const where = Array.isArray(file.raw.extends) ? ['extends', index] : ['extends'];
      if (PRESETS[parent]) {
        const preset: ConfigFile = { path: '', raw: PRESETS[parent] };
        this.applyExtends(config, preset, visiting, problems);
        applyLayer(config, preset);
        return;
      }
      if (!file.path) return;
      const target = resolve(dirname(file.path), parent);
      const script = scriptRefusal(parent);
      if (script) {
        problems.push(fileProblem(file, where, script));
      } else if (visiting.includes(target)) {
        problems.push(fileProblem(file, where, `'extends' makes a cycle: ${[...visiting, target].join(' → ')}. Remove one of the links.`));
      } else if (!isFile(target)) {
        problems.push(fileProblem(file, where, `'${parent}' is neither a preset (${Object.keys(PRESETS).join(', ')}) nor an existing file.`));
      } else {
        this.applyFile(config, target, visiting, problems);
      }
    });
  }

  private load(path: string): LoadResult {
    let text: string;
    try {
      text = this.readText(path);
    } catch (error) {
      const message = `The config file cannot be read (${(error as Error).message}).`;
      return { file: this.lastGood.get(path), problems: [{ file: path, rule: 'config-invalid', severity: 'error', message, range: zeroRange() }] };
    }
    const cached = this.loaded.get(path);
    if (cached?.text === text) return cached.result;
    configValidator ??= compileSchema(buildConfigSchema(RULES));
    const parsed = readDataFile<RawConfig>(path, text, configValidator, 'config-invalid');
    let result: LoadResult;
    if (parsed.data) {
      const file: ConfigFile = { path, raw: parsed.data, document: parsed.document, lines: parsed.lines };
      this.lastGood.set(path, file);
      result = { file, problems: [] };
    } else {
      result = { file: this.lastGood.get(path), problems: parsed.problems };
    }
    this.loaded.set(path, { text, result });
    return result;
  }
}

/** Applies one config file over what the files before it set. */
function applyLayer(config: LintConfig, file: ConfigFile): void {
  const raw = file.raw;
  if (typeof raw.language === 'string') config.language = raw.language as LintConfig['language'];
  if (Array.isArray(raw.files)) {
    config.files = raw.files as string[];
    if (file.path) config.baseDir = dirname(file.path);
  }
  if (Array.isArray(raw.notBriefs)) config.notBriefs = raw.notBriefs as string[];
  const required = (raw.frontMatter as { required?: string[] } | undefined)?.required;
  if (required) config.frontMatter = { required };
  if (typeof raw.maxFileSize === 'number') config.maxFileSize = raw.maxFileSize;
  for (const [ruleId, setting] of Object.entries((raw.rules as Record<string, unknown>) ?? {})) {
    const [severity, options] = Array.isArray(setting) ? setting : [setting, {}];
    config.rules[ruleId] = {
      severity: normaliseSeverity(severity as string),
      options: { ...config.rules[ruleId]?.options, ...(options as object) },
    };
  }
  for (const key of ['vocabulary', 'initiatives', 'actionAreas'] as const) {
    if (raw[key] !== undefined) mergeSources(config[key], raw[key], file, key);
  }
}

function mergeSources(target: SourceList, value: unknown, file: ConfigFile, key: string): void {
  const spec = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { files: string[]; replace?: boolean }) : { files: asList(value) };
  if (spec.replace) {
    target.files = [];
    target.replace = true;
  }
  const declaredIn = file.path ? { file: file.path, range: fileRange(file, [key]) } : undefined;
  const base = file.path ? dirname(file.path) : process.cwd();
  target.files.push(...spec.files.map((path): DataSource => ({ path: isAbsolute(path) ? path : resolve(base, path), declaredIn })));
}

function normaliseSeverity(severity: string): RuleSeverity {
  return severity === 'info' ? 'information' : (severity as Severity | 'off');
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function fileRange(file: ConfigFile, path: (string | number)[]): Range {
  const node = file.document?.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range || !file.lines) return zeroRange();
  return file.lines.rangeOf(node.range[0], node.range[1]);
}

function fileProblem(file: ConfigFile, path: (string | number)[], message: string): FileDiagnostic {
  return { file: file.path, rule: 'config-invalid', severity: 'error', message, range: fileRange(file, path) };
}

/**
 * The config with an editor's settings laid over it, as a layer nearer than any config
 * file. Settings that do not fit the config schema are left out and described instead.
 */
export function withOverrides(config: LintConfig, overrides: RawConfig, baseDir?: string): { config: LintConfig; problems: string[] } {
  configValidator ??= compileSchema(buildConfigSchema(RULES));
  if (!configValidator(overrides)) {
    const problems = (configValidator.errors ?? []).map((error) => `${error.instancePath.slice(1).replace(/\//g, '.') || 'settings'} ${error.message}.`);
    return { config, problems };
  }
  const layered: LintConfig = { ...config, rules: { ...config.rules } };
  applyLayer(layered, { raw: overrides, path: '' });
  if (Array.isArray(overrides.files) && baseDir) layered.baseDir = baseDir;
  return { config: layered, problems: [] };
}

/** The built-in configuration (the `recommended` preset) for briefs with no config file. */
export function defaultConfig(baseDir?: string): LintConfig {
  const config = emptyConfig();
  config.baseDir = baseDir;
  applyLayer(config, { raw: PRESETS[DEFAULT_PRESET], path: '' });
  return config;
}
