/** The engine's public vocabulary. Positions follow LSP: 0-based lines, UTF-16 characters. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  /** Shown as the quick-fix title, e.g. "Replace with 'science-policy interface'". */
  title: string;
  edits: TextEdit[];
}

export type DiagnosticTag = 'unnecessary' | 'deprecated';

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** An edit that cannot change the brief's meaning: applied by `--fix`, Fix All and fix on save. */
  fix?: Fix;
  /** Edits that might change meaning: offered in the editor for the author to pick, never applied by `--fix`. */
  suggestions?: Fix[];
  /** Extra facts for editors (evidence, suggestions); always JSON-serialisable. */
  data?: Record<string, unknown>;
  tags?: DiagnosticTag[];
  /** Places in the same brief that explain the finding (the sentences that carry its evidence). */
  related?: RelatedPlace[];
}

export interface RelatedPlace {
  message: string;
  range: Range;
}

/** A finding in a file other than the brief being linted: a config or team data file. */
export interface FileDiagnostic extends Diagnostic {
  file: string;
}
