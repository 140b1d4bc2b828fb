import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import AJV_OPTIONS from '../../server/src/engine/ajvOptions.json';
import { buildConfigSchema } from '../../server/src/config/configSchema';
import { RULES } from '../../server/src/rules';
import frontMatterSchema from '../../server/src/rules/front-matter.schema.json';
import vocabularySchema from '../../server/src/knowledge/schemas/vocabulary.schema.json';
import initiativesSchema from '../../server/src/knowledge/schemas/initiatives.schema.json';
import actionAreasSchema from '../../server/src/knowledge/schemas/action-areas.schema.json';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The module the build bundles in place of precompiledValidators.ts, evaluated as the bundle would. */
async function buildsValidators(): Promise<ReadonlyMap<string, ValidateFunction>> {
  const { precompiledValidatorsModule } = await import('../../scripts/precompileValidators.mjs');
  const module = { exports: {} as { PRECOMPILED_VALIDATORS: ReadonlyMap<string, ValidateFunction> } };
  new Function('exports', 'require', precompiledValidatorsModule())(module.exports, createRequire(join(ROOT, 'package.json')));
  return module.exports.PRECOMPILED_VALIDATORS;
}

/** Each schema the product validates with, and real documents of its kind to start from. */
const KINDS = [
  { name: 'config', schema: buildConfigSchema(RULES), documents: ['test/fixtures/lsp/workspace/.diplobrief.yaml', 'test/fixtures/cli/.diplobrief.yaml'].map((path) => parse(read(path))) },
  { name: 'front matter', schema: frontMatterSchema, documents: ['barcelona-science-diplomacy-strategy', 'miami-sea-level-rise-adaptation'].map((name) => parse(read(`examples/briefs/${name}.brief.md`).split('---')[1])) },
  { name: 'vocabulary', schema: vocabularySchema, documents: [JSON.parse(read('server/src/knowledge/data/vocabulary.json'))] },
  { name: 'initiatives', schema: initiativesSchema, documents: [JSON.parse(read('server/src/knowledge/data/initiatives.json'))] },
  { name: 'action areas', schema: actionAreasSchema, documents: [JSON.parse(read('server/src/knowledge/data/action-areas.json'))] },
];

const REMOVE = Symbol('remove');
const ADD_KEY = Symbol('add a key');

/** The document with one value, found by walking down `steps`, replaced, removed or given an unknown key. */
function mutate(document: unknown, steps: number[], change: unknown): unknown {
  const copy = structuredClone(document);
  let parent: Record<string, unknown> | undefined;
  let key = '';
  let node: unknown = copy;
  for (const step of steps) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length];
    node = parent[key];
  }
  if (change === ADD_KEY) {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) (node as Record<string, unknown>).unexpected = 1;
    return copy;
  }
  if (!parent) return change === REMOVE ? {} : change;
  if (change === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else parent[key] = change;
  return copy;
}

describe('validators compiled by the build', () => {
  let precompiled: ReadonlyMap<string, ValidateFunction>;
  before(async () => {
    precompiled = await buildsValidators();
  });

  for (const kind of KINDS) {
    it(`${kind.name}: the build's validator gives the same verdict and errors as ajv compiling the schema`, () => {
      const ahead = precompiled.get(JSON.stringify(kind.schema));
      assert.ok(ahead, `the build compiles no validator for the ${kind.name} schema as the product builds it`);
      const compiled = new Ajv(AJV_OPTIONS).compile(kind.schema);
      const change = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(REMOVE), fc.constant(ADD_KEY));
      fc.assert(
        fc.property(fc.constantFrom(...kind.documents), fc.array(fc.nat(), { maxLength: 5 }), change, (document, steps, how) => {
          const mutated = mutate(document, steps, how);
          assert.equal(ahead(mutated), compiled(mutated));
          assert.deepEqual(ahead.errors ?? null, compiled.errors ?? null);
        }),
        { numRuns: 150 },
      );
    });
  }
});
