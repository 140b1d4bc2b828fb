import type { ParsedBrief } from './parseBrief';

/**
 * Inline switches written as HTML comments in a brief:
 * `<!-- diplobrief-disable RULE -->`, `<!-- diplobrief-enable RULE -->`,
 * `<!-- diplobrief-disable-next-line RULE -->` and `<!-- diplobrief-disable-line RULE -->`.
 * Without RULE they apply to every rule.
 */
export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

interface Switch {
  line: number;
  enabled: boolean;
  rules: string[] | 'all';
}

const DIRECTIVE = /^diplobrief-(disable-next-line|disable-line|disable|enable)\b(.*)$/s;

export function readSuppressions(brief: ParsedBrief): Suppressions {
  const switches: Switch[] = [];
  const lineSuppressions = new Map<number, string[] | 'all'>();

  for (const comment of brief.comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const names = match[2].split(/[\s,]+/).filter(Boolean);
    const rules = names.length > 0 ? names : 'all';
    const startLine = brief.lines.positionAt(comment.start).line;
    const endLine = brief.lines.positionAt(comment.end).line;
    switch (match[1]) {
      case 'disable-next-line':
        lineSuppressions.set(endLine + 1, merge(lineSuppressions.get(endLine + 1), rules));
        break;
      case 'disable-line':
        lineSuppressions.set(startLine, merge(lineSuppressions.get(startLine), rules));
        break;
      default:
        switches.push({ line: startLine, enabled: match[1] === 'enable', rules });
    }
  }

  return {
    isSuppressed(ruleId, line) {
      const onLine = lineSuppressions.get(line);
      if (onLine === 'all' || onLine?.includes(ruleId)) return true;
      let suppressed = false;
      for (const change of switches) {
        if (change.line > line) break;
        if (change.rules === 'all' || change.rules.includes(ruleId)) suppressed = !change.enabled;
      }
      return suppressed;
    },
  };
}

function merge(existing: string[] | 'all' | undefined, added: string[] | 'all'): string[] | 'all' {
  if (existing === 'all' || added === 'all') return 'all';
  return [...(existing ?? []), ...added];
}
