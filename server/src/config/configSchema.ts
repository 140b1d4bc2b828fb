import type { AnyBriefRule } from '../rules/defineRule';
import { PRESETS } from './presets';
import { SPELLING_STANDARDS } from '../engine/lintConfig';

const SEVERITY = { enum: ['off', 'info', 'information', 'warning', 'error', 'hint'] };

const dataSources = (what: string) => ({
  description: `Team ${what} files (YAML or JSON), relative to this config file. A string or a list extends the built-in ${what}; \`{ files, replace: true }\` replaces it.`,
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 } },
    {
      type: 'object',
      additionalProperties: false,
      required: ['files'],
      properties: {
        files: { type: 'array', items: { type: 'string', minLength: 1 } },
        replace: { type: 'boolean', description: `Use only the team's ${what}, not the built-in one.` },
      },
    },
  ],
});

/** The JSON Schema of `.diplobrief.yaml`, generated from the rules so the two cannot drift. */
export function buildConfigSchema(rules: readonly AnyBriefRule[]): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    rules.map((rule) => [
      rule.id,
      {
        description: `${rule.description} Default: ${rule.defaultSeverity}. Docs: docs/rules/${rule.id}.md`,
        anyOf: [
          SEVERITY,
          {
            type: 'array',
            minItems: 1,
            maxItems: 2,
            items: [SEVERITY, rule.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} }],
          },
        ],
      },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://diplobrief.dev/schemas/diplobrief.schema.json',
    title: 'DiploBrief configuration (.diplobrief.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration in parent folders.' },
      extends: {
        description: `Presets (${Object.keys(PRESETS).join(', ')}) or relative paths of config files to build on; later entries win.`,
        anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
      },
      language: {
        enum: [...SPELLING_STANDARDS],
        description: 'Spelling standard for the vocabulary-spelling-variant rule: en-GB (-ise, programme), en-US (-ize, program), en-GB-oxendict (Oxford: -ize with programme, colour, centre) or en-UN (United Nations, as Oxford).',
      },
      files: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Globs, relative to this file, of Markdown files that are briefs (besides any file with `type: policy-brief`).',
      },
      notBriefs: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description:
          'Globs, relative to this file, of Markdown files that are no briefs even where `files` matches them, unless their front matter says `type: policy-brief`. Default: README, index, CONTRIBUTING and CHANGELOG files and templates; `[]` makes every matched file a brief.',
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        description: 'Per rule: a severity (off, info, warning, error) or [severity, {options}].',
        properties: ruleProperties,
      },
      frontMatter: {
        type: 'object',
        additionalProperties: false,
        properties: {
          required: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Front matter fields every brief must have.' },
        },
      },
      maxFileSize: {
        type: 'integer',
        minimum: 1,
        description: 'Largest brief, in bytes, that is linted (default 1048576, 1 MiB); a larger one gets one diagnostic instead.',
      },
      vocabulary: dataSources('vocabulary'),
      initiatives: dataSources('initiative catalogue'),
      actionAreas: dataSources('action-area taxonomy'),
    },
  };
}
