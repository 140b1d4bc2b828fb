import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const RULE_FIXTURES = join(FIXTURES, 'rules');

/** One expected finding, written beside a fixture brief in `<name>.expected.yaml`. */
export interface ExpectedDiagnostic {
  line: number;
  column: number;
  /** A fragment the message must contain. */
  message: string;
}

export interface RuleFixture {
  name: string;
  path: string;
  text: string;
  expected: ExpectedDiagnostic[];
  /** The text after `--fix`, when a `<name>.fixed.md` is there. */
  fixed?: string;
  /** The text with each finding's first suggestion taken, when a `<name>.suggested.md` is there. */
  suggested?: string;
  /** A `.diplobrief.yaml`-shaped config for this fixture: `<name>.config.yaml`. */
  configPath?: string;
}

export function ruleFixtures(ruleId: string): RuleFixture[] {
  const dir = join(RULE_FIXTURES, ruleId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.endsWith('.fixed.md') && !name.endsWith('.suggested.md'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      const at = (suffix: string) => join(dir, name + suffix);
      const optional = (suffix: string) => (existsSync(at(suffix)) ? readFileSync(at(suffix), 'utf8') : undefined);
      const expectedFile = at('.expected.yaml');
      if (!existsSync(expectedFile)) throw new Error(`${at('.md')} has no ${name}.expected.yaml beside it`);
      return {
        name,
        path: at('.md'),
        text: readFileSync(at('.md'), 'utf8'),
        expected: (parse(readFileSync(expectedFile, 'utf8')) ?? []) as ExpectedDiagnostic[],
        fixed: optional('.fixed.md'),
        suggested: optional('.suggested.md'),
        configPath: existsSync(at('.config.yaml')) ? at('.config.yaml') : undefined,
      };
    });
}
