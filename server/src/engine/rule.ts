import type { DiagnosticTag, Severity } from './types';
import type { ParsedBrief } from './parseBrief';
import type { Knowledge } from '../knowledge/knowledge';
import type { LintConfig } from '../config/lintConfig';

/** A replacement of the text between two offsets of the brief. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Report {
  message: string;
  start: number;
  end: number;
  fix?: { title: string; edits: OffsetEdit[] };
  data?: Record<string, unknown>;
  tags?: DiagnosticTag[];
}

export interface RuleContext<Options> {
  options: Options;
  knowledge: Knowledge;
  config: LintConfig;
  report(report: Report): void;
}

/** JSON Schema of a rule's options, as it appears in the config schema. */
export type OptionsSchema = Record<string, unknown>;

/**
 * One rule: one file under `server/src/rules/`, one docs page at `docs/rules/<id>.md`,
 * fixture tests under `test/fixtures/rules/<id>/`.
 */
export interface Rule<Options extends object = Record<string, never>> {
  id: string;
  /** One line for `diplobrief rules`, the README table and the config schema. */
  description: string;
  defaultSeverity: Severity;
  /** Only rules declared fixable may attach fixes. */
  fixable: boolean;
  defaultOptions: Options;
  optionsSchema?: OptionsSchema;
  check(brief: ParsedBrief, context: RuleContext<Options>): void;
}

/** Identity function that gives a rule object its type, so each rule file reads as data. */
export function defineRule<Options extends object = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export type AnyRule = Rule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
