/** The CommonJS source of the module the build bundles in place of server/src/engine/precompiledValidators.ts. */
export function precompiledValidatorsModule(): string;
