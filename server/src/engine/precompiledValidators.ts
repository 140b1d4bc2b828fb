import type { ValidateFunction } from 'ajv';

/**
 * Validators for the product's own schemas, compiled ahead of time by the build
 * (scripts/precompileValidators.mjs) and keyed by their schema's JSON text. Compiling the
 * config schema alone cost a CLI run or a server start about 50 ms before its first findings.
 * Run from source (tests, scripts) the map is empty and each schema is compiled on first use.
 */
export const PRECOMPILED_VALIDATORS: ReadonlyMap<string, ValidateFunction> = new Map();
