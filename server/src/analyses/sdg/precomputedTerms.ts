/**
 * The scorer's term lists as JSON by language, built ahead of time by the build
 * (scripts/precomputeTerms.mjs) for English, the language of most briefs: building the list
 * cost the first lint of every CLI run and server start about 40 ms, parsing it a few. Run from
 * source (tests, scripts) the map is empty and each list is built on first use.
 */
export const PRECOMPUTED_TERMS: ReadonlyMap<string, string> = new Map();
