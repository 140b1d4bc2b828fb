import type { AnyRule, Report } from './rule';
import type { Diagnostic, Severity } from './types';
import type { ParsedBrief } from './parseBrief';
import { readSuppressions } from './directives';
import { isBrief } from './isBrief';
import { parseWithinLimits } from './inputLimits';
import type { LintConfig } from '../config/lintConfig';
import { defaultConfig } from '../config/resolveConfig';
import { BUILTIN_KNOWLEDGE } from '../knowledge/loadKnowledge';
import type { Knowledge } from '../knowledge/knowledge';
import { RULES } from '../rules';

export interface LintContext {
  path?: string;
  config?: LintConfig;
  knowledge?: Knowledge;
  /** The rules to run; all rules by default. */
  rules?: readonly AnyRule[];
}

/** Lints one text. Returns nothing for a Markdown file that is not a brief. */
export function lint(text: string, context: LintContext = {}): Diagnostic[] {
  const config = context.config ?? defaultConfig();
  const parsed = parseWithinLimits(text, context.path, config);
  return 'refused' in parsed ? parsed.refused : lintParsed(parsed.brief, { ...context, config });
}

export function lintParsed(brief: ParsedBrief, context: LintContext = {}): Diagnostic[] {
  const config = context.config ?? defaultConfig();
  if (!isBrief(brief, config)) return [];
  const knowledge = context.knowledge ?? BUILTIN_KNOWLEDGE;
  const suppressions = readSuppressions(brief);
  const diagnostics: Diagnostic[] = [];

  for (const rule of context.rules ?? RULES) {
    const setting = config.rules[rule.id];
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const toDiagnostic = (report: Report): Diagnostic => ({
      rule: rule.id,
      severity,
      message: report.message,
      range: brief.lines.rangeOf(report.start, report.end),
      ...(report.fix && rule.fixable && { fix: { title: report.fix.title, edits: report.fix.edits.map((e) => ({ range: brief.lines.rangeOf(e.start, e.end), newText: e.newText })) } }),
      ...(report.data && { data: report.data }),
      ...(report.tags && { tags: report.tags }),
    });
    try {
      rule.check(brief, {
        options: { ...rule.defaultOptions, ...setting?.options },
        knowledge,
        config,
        report(report) {
          const diagnostic = toDiagnostic(report);
          if (!suppressions.isSuppressed(rule.id, diagnostic.range.start.line)) diagnostics.push(diagnostic);
        },
      });
    } catch (error) {
      diagnostics.push(internalError(rule.id, error as Error));
    }
  }
  return diagnostics.sort(byPosition);
}

/** A rule that throws must not take the others down; its failure is shown, not hidden. */
function internalError(ruleId: string, error: Error): Diagnostic {
  return {
    rule: ruleId,
    severity: 'error' satisfies Severity,
    message: `The rule '${ruleId}' failed on this brief (${error.message}). Please report this with the brief attached.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}
