import type { ParsedBrief } from './parseBrief';

/**
 * Inline switches written as HTML comments in a brief:
 * `<!-- diplobrief-disable RULE -->`, `<!-- diplobrief-enable RULE -->`,
 * `<!-- diplobrief-disable-next-line RULE -->` and `<!-- diplobrief-disable-line RULE -->`,
 * and in the front matter as YAML comments (`# diplobrief-disable-line RULE`); a
 * `disable` there holds from the file's first line, the opening `---` included.
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

/** A YAML comment that is a directive: at the start of a line or after a space, as YAML has it. */
const YAML_DIRECTIVE = /(?:^|[ \t])#[ \t]*(diplobrief-[^\r\n]*)/gm;

/** A quoted YAML value, closed or not: a quote where a value can start (an apostrophe inside a word is none). */
const QUOTED_VALUE = /(^|[\s[,{:])("[^"]*("|$)|'[^']*('|$))/g;

/** Whether a `#` after this text on its line is outside any quoted value. */
function outsideQuotes(before: string): boolean {
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return [...before.slice(lineStart).matchAll(QUOTED_VALUE)].every((match) => match[3] || match[4]);
}

interface DirectiveComment {
  start: number;
  end: number;
  body: string;
  inFrontMatter: boolean;
}

/** The front matter's YAML comments and the body's HTML comments, in the order of the text. */
function directiveComments(brief: ParsedBrief): DirectiveComment[] {
  const found: DirectiveComment[] = [];
  const frontMatter = brief.frontMatter;
  if (frontMatter) {
    const yaml = brief.text.slice(frontMatter.contentStart, frontMatter.contentEnd);
    for (const match of yaml.matchAll(YAML_DIRECTIVE)) {
      if (!outsideQuotes(yaml.slice(0, match.index))) continue;
      const start = frontMatter.contentStart + match.index;
      found.push({ start, end: start + match[0].length, body: match[1].trim(), inFrontMatter: true });
    }
  }
  return [...found, ...brief.comments.map((comment) => ({ ...comment, inFrontMatter: false }))];
}

export function readSuppressions(brief: ParsedBrief): Suppressions {
  const switches: Switch[] = [];
  const lineSuppressions = new Map<number, string[] | 'all'>();

  for (const comment of directiveComments(brief)) {
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
      case 'disable':
        switches.push({ line: comment.inFrontMatter ? 0 : startLine, enabled: false, rules });
        break;
      default:
        switches.push({ line: startLine, enabled: true, rules });
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
