/** The module the build bundles in place of server/src/analyses/sdg/precomputedTerms.ts; run from the repository's root. */
export function precomputedTermsModule(): Promise<string>;
