import type { Span } from '../../engine/frontMatter';
import type { ParsedBrief } from '../../engine/parseBrief';

/** A Pandoc-style citation in the body: `[@gesda]`, `[@gesda; @gspi]` or in-text `@gesda`. */
export interface InitiativeReference extends Span {
  /** The key after `@`; `start` and `end` cover the key alone, without the `@`. */
  id: string;
  /** True inside square brackets, false for an in-text `@id`. */
  bracketed: boolean;
}

// Pandoc's citation keys: a letter, digit or underscore, then word characters and inner punctuation.
const CITATION = /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_](?:[\p{L}\p{N}_-]|[:.#$%&+?<>~/](?=[\p{L}\p{N}_]))*)/gu;

/** Every citation key in the brief's prose; code, URLs, e-mail addresses and front matter never count. */
export function findInitiativeReferences(brief: ParsedBrief): InitiativeReference[] {
  const references: InitiativeReference[] = [];
  for (const match of brief.prose.matchAll(CITATION)) {
    const start = (match.index ?? 0) + 1;
    references.push({ id: match[1], start, end: start + match[1].length, bracketed: isInBrackets(brief.prose, match.index ?? 0) });
  }
  return references;
}

/** Whether an opening `[` stands before `offset` on the same line with no `]` between them. */
function isInBrackets(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i];
    if (char === '[') return true;
    if (char === ']' || char === '\n' || char === '\r') return false;
  }
  return false;
}
