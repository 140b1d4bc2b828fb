/** The module the build bundles in place of server/src/analyses/sdg/precomputedTerms.ts. */
export function precomputedTermsModule(): Promise<string>;
