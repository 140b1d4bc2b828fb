import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import type { Diagnostic, Fix, Severity } from '../engine/types';
import { ruleDocsUrl } from '../rules/ruleDocs';
import { RULES } from '../rules';
import { DIAGNOSTIC_SOURCE } from './protocol';


/**
 * What travels with each diagnostic to the editor and back in a code-action request,
 * so a quick fix is rebuilt from the diagnostic alone, with no server-side cache.
 */
export interface DiagnosticData {
  fix?: Fix;
  suggestions?: Fix[];
  /** The rule's own facts (evidence, suggestions, the term concerned). */
  details?: Record<string, unknown>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const TAG = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/**
 * An engine finding as the editor receives it; its fix, suggestions and facts ride along in
 * `data`, and the places that explain it (in the document at `uri`) in `relatedInformation`.
 */
export function toLspDiagnostic(diagnostic: Diagnostic, uri?: string): LspDiagnostic {
  const data: DiagnosticData = {
    ...(diagnostic.fix && { fix: diagnostic.fix }),
    ...(diagnostic.suggestions && { suggestions: diagnostic.suggestions }),
    ...(diagnostic.data && { details: diagnostic.data }),
  };
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    // Config and data-file problems come from pseudo-rules, which have no docs page.
    ...(RULE_IDS.has(diagnostic.rule) && { codeDescription: { href: ruleDocsUrl(diagnostic.rule) } }),
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
    ...(diagnostic.tags?.length && { tags: diagnostic.tags.map((tag) => TAG[tag]) }),
    ...(Object.keys(data).length > 0 && { data }),
    ...(uri !== undefined &&
      diagnostic.related?.length && { relatedInformation: diagnostic.related.map((place) => ({ location: { uri, range: place.range }, message: place.message })) }),
  };
}
