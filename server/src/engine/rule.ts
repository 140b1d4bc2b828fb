import type { DiagnosticTag, Severity } from './types';
import type { ParsedBrief } from './parseBrief';
import type { LintConfig } from './lintConfig';

/** A replacement of the text between two offsets of the brief. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface OffsetFix {
  title: string;
  edits: OffsetEdit[];
}

export interface Report<Data = Record<string, unknown>> {
  message: string;
  start: number;
  end: number;
  /** An edit that cannot change meaning (format, duplicates, a known typo of an id). */
  fix?: OffsetFix;
  /** Edits that might change meaning; the author picks one in the editor. */
  suggestions?: OffsetFix[];
  /** Facts for editors and the rule's own actions; always JSON-serialisable. */
  data?: Data;
  tags?: DiagnosticTag[];
  /** A note the rule adds about its own reading of the brief is shown at most at this severity, never above the rule's. */
  maxSeverity?: Severity;
  /** Places in the brief that explain the finding, by offsets. */
  related?: { message: string; start: number; end: number }[];
}

/**
 * What a rule is given besides the brief. The engine knows nothing of the domain:
 * `knowledge` is whatever the host passes, typed by the rule layer above.
 */
export interface RuleContext<Options, Knowledge, Data = Record<string, unknown>> {
  options: Options;
  knowledge: Knowledge;
  config: LintConfig;
  /** Contents of files the brief links (its bibliography), read by the host, by absolute path. */
  linkedFiles: ReadonlyMap<string, string>;
  report(report: Report<Data>): void;
}

/** JSON Schema of a rule's options, as it appears in the config schema. */
export type OptionsSchema = Record<string, unknown>;

export interface Rule<Options extends object, Knowledge, Data = Record<string, unknown>> {
  id: string;
  /** One line for `diplobrief rules`, the README table and the config schema. */
  description: string;
  defaultSeverity: Severity;
  /** Only rules declared fixable may attach fixes; a fix from any other rule is a bug in it. */
  fixable: boolean;
  /** Only rules declared so may attach suggestions, as ESLint's `meta.hasSuggestions`. */
  hasSuggestions?: boolean;
  defaultOptions: Options;
  optionsSchema?: OptionsSchema;
  check(brief: ParsedBrief, context: RuleContext<Options, Knowledge, Data>): void;
}
