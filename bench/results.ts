/** One line of the benchmark's table. */
export interface Row {
  section: 'Engine' | 'CLI, 1,000 briefs' | 'CLI, 10,000 briefs' | 'Language server' | 'Extension';
  measure: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'KB' | '×';
  /** The parse floor for the same work, in the same unit, measured in the same run. */
  floor?: number;
  target?: Target;
}

export interface Target {
  /** The target as the table states it, e.g. "≤ 1.5× floor". */
  text: string;
  pass: boolean;
}

export function target(text: string, pass: boolean): Target {
  return { text, pass };
}
