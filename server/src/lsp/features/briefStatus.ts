import { budgetedWordCount } from '../../analyses/prose/prose';
import { RULES } from '../../rules';
import type { BriefStatus } from '../protocol';
import type { BriefDocument } from '../briefDocument';

const lengthRule = RULES.find((rule) => rule.id === 'structure-length');

/** The word count against the budget the `structure-length` rule applies to this brief. */
export function briefStatus(document: BriefDocument | undefined): BriefStatus {
  if (!document?.isBrief) return { isBrief: false, words: 0, budget: 0 };
  const options = { ...lengthRule?.defaultOptions, ...document.settings.config.rules['structure-length']?.options } as { maxWords?: number };
  return { isBrief: true, words: budgetedWordCount(document.brief), budget: options.maxWords ?? 0 };
}
