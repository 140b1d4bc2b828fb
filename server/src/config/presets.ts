/**
 * Built-in presets, written in the same shape as a `.diplobrief.yaml` so they go
 * through the same loader as a team's file.
 */
export const PRESETS: Record<string, Record<string, unknown>> = {
  recommended: {
    frontMatter: { required: ['title', 'type', 'authors', 'date', 'status'] },
    // Action areas are a programme's own taxonomy: only teams that tag them want the reminder.
    rules: { 'action-area-missing': 'off' },
  },
  strict: {
    extends: 'recommended',
    frontMatter: { required: ['title', 'type', 'authors', 'date', 'status', 'city', 'lang', 'keywords'] },
    rules: {
      'front-matter-schema': 'error',
      'structure-required-sections': 'error',
      'action-area-missing': 'warning',
      'vocabulary-term-consistency': ['warning', { openCompounds: true }],
      'vocabulary-acronym-undefined': ['warning', { unknownAcronyms: true }],
    },
  },
};

export const DEFAULT_PRESET = 'recommended';
