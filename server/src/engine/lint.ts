import type { OffsetFix, Report, Rule } from './rule';
import type { Diagnostic, Fix, Severity } from './types';
import type { ParsedBrief } from './parseBrief';
import type { LintConfig } from './lintConfig';
import { readSuppressions } from './directives';
import { isBrief } from './isBrief';
import { parseWithinLimits } from './inputLimits';

/** Everything a lint depends on besides the text; the engine reads nothing else. */
export interface LintInputs<Knowledge> {
  config: LintConfig;
  knowledge: Knowledge;
  rules: readonly Rule<any, Knowledge, any>[];
  /** Contents of files the brief links (its bibliography), by absolute path. */
  linkedFiles?: ReadonlyMap<string, string>;
}

const NO_FILES: ReadonlyMap<string, string> = new Map();

/** Lints one text. Returns nothing for a Markdown file that is not a brief. */
export function lintText<Knowledge>(text: string, path: string | undefined, inputs: LintInputs<Knowledge>): Diagnostic[] {
  const parsed = parseWithinLimits(text, path, inputs.config);
  return 'refused' in parsed ? parsed.refused : lintBrief(parsed.brief, inputs);
}

export function lintBrief<Knowledge>(brief: ParsedBrief, inputs: LintInputs<Knowledge>): Diagnostic[] {
  const { config, knowledge, rules } = inputs;
  if (!isBrief(brief, config)) return [];
  const suppressions = readSuppressions(brief);
  const diagnostics: Diagnostic[] = [];

  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const severity = setting?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    try {
      rule.check(brief, {
        options: ruleOptions(rule, config),
        knowledge,
        config,
        linkedFiles: inputs.linkedFiles ?? NO_FILES,
        report(report: Report) {
          if (report.fix && !rule.fixable) throw new Error(`it attached a fix but is not declared fixable`);
          if (report.suggestions && !rule.hasSuggestions) throw new Error(`it attached suggestions but is not declared to have any`);
          const diagnostic = toDiagnostic(brief, rule.id, severity, report);
          if (!suppressions.isSuppressed(rule.id, diagnostic.range.start.line)) diagnostics.push(diagnostic);
        },
      });
    } catch (error) {
      diagnostics.push(internalError(rule.id, error as Error));
    }
  }
  return diagnostics.sort(byPosition);
}

/** A report in the brief's lines and characters, as hosts show it. Made only for what is reported, so a lint makes no function per rule. */
function toDiagnostic(brief: ParsedBrief, rule: string, severity: Severity, report: Report): Diagnostic {
  const toFix = (fix: OffsetFix): Fix => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: brief.lines.rangeOf(e.start, e.end), newText: e.newText })) });
  return {
    rule,
    severity: report.maxSeverity ? milder(severity, report.maxSeverity) : severity,
    message: report.message,
    range: brief.lines.rangeOf(report.start, report.end),
    ...(report.fix && { fix: toFix(report.fix) }),
    ...(report.suggestions?.length && { suggestions: report.suggestions.map(toFix) }),
    ...(report.data && { data: report.data }),
    ...(report.tags && { tags: report.tags }),
    ...(report.related?.length && { related: report.related.map((place) => ({ message: place.message, range: brief.lines.rangeOf(place.start, place.end) })) }),
  };
}

/** A rule's options: its defaults, overridden by the config's. The one place they are merged. */
export function ruleOptions<Options extends object>(rule: Rule<Options, unknown, unknown>, config: LintConfig): Options {
  return { ...rule.defaultOptions, ...config.rules[rule.id]?.options };
}

const SEVERITY_ORDER: readonly Severity[] = ['hint', 'information', 'warning', 'error'];
const milder = (a: Severity, b: Severity): Severity => (SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b);

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
