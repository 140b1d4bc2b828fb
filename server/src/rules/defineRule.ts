import type { Rule, RuleContext } from '../engine/rule';
import type { Knowledge } from '../knowledge/knowledge';

/** An entry a team adds to its vocabulary file to settle a finding for good. */
export type VocabularyEntry = { acronym: string } | { term: string };

/** A DiploBrief rule: the engine's rule contract bound to the domain's knowledge. */
export interface BriefRule<Options extends object = Record<string, never>, Data = Record<string, unknown>> extends Rule<Options, Knowledge, Data> {
  /** The team-vocabulary entry that settles a finding of this rule, read from its data. */
  vocabularyEntry?(data: Data): VocabularyEntry | undefined;
}

export type BriefRuleContext<Options, Data = Record<string, unknown>> = RuleContext<Options, Knowledge, Data>;

// The registry holds rules of every option and data shape.
export type AnyBriefRule = BriefRule<any, any>;

/** Identity function that gives a rule object its type, so each rule file reads as data. */
export function defineRule<Options extends object = Record<string, never>, Data = Record<string, unknown>>(rule: BriefRule<Options, Data>): BriefRule<Options, Data> {
  return rule;
}

/** An option that takes a list of distinct words or phrases, as several rules' options do. */
export function textListOption(description: string, minLength = 1) {
  return { type: 'array', uniqueItems: true, items: { type: 'string', minLength }, description };
}
