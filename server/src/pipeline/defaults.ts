import { lintBrief, lintText } from '../engine/lint';
import type { LintConfig } from '../engine/lintConfig';
import type { ParsedBrief } from '../engine/parseBrief';
import type { Diagnostic } from '../engine/types';
import { defaultConfig } from '../config/resolveConfig';
import type { Knowledge } from '../knowledge/knowledge';
import { BUILTIN_KNOWLEDGE } from '../knowledge/loadKnowledge';
import { RULES } from '../rules';

/** What a host may set for one lint; the rest is DiploBrief's defaults. */
export interface LintOptions {
  path?: string;
  config?: LintConfig;
  knowledge?: Knowledge;
  linkedFiles?: ReadonlyMap<string, string>;
}

/** The engine with DiploBrief's rules, built-in knowledge and default config bound in. */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  return lintText(text, options.path, inputs(options));
}

export function lintParsed(brief: ParsedBrief, options: LintOptions = {}): Diagnostic[] {
  return lintBrief(brief, inputs(options));
}

function inputs(options: LintOptions) {
  return { config: options.config ?? defaultConfig(), knowledge: options.knowledge ?? BUILTIN_KNOWLEDGE, rules: RULES, linkedFiles: options.linkedFiles };
}
