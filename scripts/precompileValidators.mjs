// The build's stand-in for server/src/engine/precompiledValidators.ts: ajv's standalone code
// for each of the product's own schemas, keyed by the schema's JSON text, so a CLI run or a
// server start validates without compiling a schema first.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

/** Every schema the product validates with (`npm run generate` writes the config schema from the rules). */
const SCHEMAS = [
  'schemas/diplobrief.schema.json',
  'server/src/rules/front-matter.schema.json',
  'server/src/knowledge/schemas/vocabulary.schema.json',
  'server/src/knowledge/schemas/initiatives.schema.json',
  'server/src/knowledge/schemas/action-areas.schema.json',
];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

export function precompiledValidatorsModule() {
  const options = readJson('server/src/engine/ajvOptions.json');
  const entries = SCHEMAS.map((path) => {
    const schema = readJson(path);
    const ajv = new Ajv({ ...options, code: { ...options.code, source: true } });
    // Standalone code is a CommonJS module; each runs in its own scope.
    const code = standaloneCode(ajv, ajv.compile(schema));
    return `[${JSON.stringify(JSON.stringify(schema))}, (() => {\nconst module = { exports: {} };\n${code}\nreturn module.exports;\n})()]`;
  });
  return `exports.PRECOMPILED_VALIDATORS = new Map([\n${entries.join(',\n')}\n]);\n`;
}
