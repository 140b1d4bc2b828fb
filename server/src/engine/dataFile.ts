import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isNode, isSeq, parseDocument, type Document } from 'yaml';
import { visit as visitJson } from 'jsonc-parser';
import { LineIndex, loneCrAsLf } from './lineIndex';
import { closestMatches, didYouMean } from './didYouMean';
import AJV_OPTIONS from './ajvOptions.json';
import { PRECOMPILED_VALIDATORS } from './precompiledValidators';
import { describeYamlError, excessiveBlockNesting, excessiveFlowNesting, reportableYamlErrors, toPlainData, TOO_DEEP } from './yamlLimits';
import type { FileDiagnostic } from './types';

/** A config or team data file, parsed and checked against its JSON Schema. */
export interface DataFile<T> {
  /** Undefined when the file could not be read or does not match its schema. */
  data: T | undefined;
  /** The YAML document, for placing problems; undefined for valid JSON, read without one. */
  document: Document.Parsed | undefined;
  lines: LineIndex;
  problems: FileDiagnostic[];
}

const SCRIPT = /\.[cm]?[jt]sx?$/i;

/**
 * Config and data files are YAML or JSON, never code: a workspace cannot make the linter
 * run anything. Returns the message for a path that names a script, undefined otherwise.
 */
export function scriptRefusal(path: string): string | undefined {
  if (!SCRIPT.test(path)) return undefined;
  return `'${path}' is a script; DiploBrief reads only YAML or JSON files and never runs code from the workspace. Write it as YAML.`;
}

// `verbose` keeps each error's schema, whose descriptions and allowed keys make the messages.
// The schemas are the product's own and tested, so they are not checked against the JSON
// Schema meta-schema, whose compilation costs more at start-up than all of them together.
// Schemas are compiled once per process, and validation is cheap either way: ajv's optimising pass
// would add half again to the compile, which a server pays before its first findings. The
// options (ajvOptions.json) are shared with the build, which compiles the same schemas ahead of time.
let ajv: Ajv | undefined;

/**
 * ajv itself, loaded on first need: the bundles hold every product schema compiled ahead of
 * time, and loading and setting up ajv took about 11 ms of every start of the CLI and server.
 */
function schemaCompiler(): Ajv {
  if (!ajv) {
    // A require here, not an import, so that a bundle loads ajv only when this runs.
    const { default: AjvClass } = require('ajv') as typeof import('ajv');
    ajv = new AjvClass(AJV_OPTIONS);
  }
  return ajv;
}

/**
 * A validator compiled on its first use, unless the build compiled it already: most processes
 * never check some kinds of file (the CLI's main thread lints nothing, few teams have data
 * files), and every lint worker and server start would otherwise compile every schema.
 */
export function compileSchema(schema: object): ValidateFunction {
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    compiled ??= PRECOMPILED_VALIDATORS.get(JSON.stringify(schema)) ?? schemaCompiler().compile(schema);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  }) as ValidateFunction;
  validate.schema = schema;
  return validate;
}

/**
 * Parses YAML (JSON is YAML too) and validates it, reporting each problem at the
 * exact node in the file under the pseudo-rule `problemRule`.
 */
export function readDataFile<T>(file: string, text: string, validate: ValidateFunction, problemRule: string): DataFile<T> {
  const lines = new LineIndex(text);
  const problem = (message: string, start: number, end: number): FileDiagnostic => ({
    file,
    rule: problemRule,
    severity: 'error',
    message,
    range: lines.rangeOf(start, Math.max(end, start + 1)),
  });

  const tooDeep = (at: number) => ({ data: undefined, document: undefined, lines, problems: [problem(TOO_DEEP, at, at + 1)] });
  const flowTooDeep = excessiveFlowNesting(text);
  if (flowTooDeep !== undefined) return tooDeep(flowTooDeep);
  const json = validJson(text, validate);
  if (json !== undefined) return { data: json as T, document: undefined, lines, problems: [] };
  // JSON nests with brackets only; a YAML file's indentation nests too.
  const blockTooDeep = excessiveBlockNesting(text);
  if (blockTooDeep !== undefined) return tooDeep(blockTooDeep);
  const document = parseDocument(loneCrAsLf(text), { prettyErrors: false, logLevel: 'error' });
  if (document.errors.length > 0) {
    const problems = reportableYamlErrors(document.errors).map((error) => problem(describeYamlError(error), error.pos[0], error.pos[1]));
    return { data: undefined, document, lines, problems };
  }
  const read = toPlainData(document);
  if ('problem' in read) return { data: undefined, document, lines, problems: [problem(read.problem, 0, text.length)] };
  const data = read.data ?? {};
  if (validate(data)) return { data: data as T, document, lines, problems: [] };
  const problems = schemaProblems(document, validate).map((p) => problem(p.message, p.start, p.end));
  return { data: undefined, document, lines, problems };
}

/**
 * Valid JSON read as JSON: a team catalogue of thousands of entries is often JSON, which
 * JSON.parse reads some fifty times faster than a YAML parser building a document. Anything
 * else (YAML, broken or invalid JSON) goes the YAML way, whose nodes place each problem.
 */
function validJson(text: string, validate: ValidateFunction): unknown {
  if (!/^\s*[{[]/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  return validate(data) ? data : undefined;
}

/** A string value of a list's entries, and where it is written. */
export interface KeyedValue {
  index: number;
  value: string;
  start: number;
  end: number;
}

/** The `key` of each entry of the top-level list `list` (e.g. the ids of `initiatives`), with its place in the file. */
export function keyedValues(file: DataFile<unknown>, list: string, key: string): KeyedValue[] {
  const found: KeyedValue[] = [];
  if (file.document) {
    const node = file.document.get(list, true);
    (isSeq(node) ? node.items : []).forEach((_, index) => {
      const value = file.document!.getIn([list, index, key], true) as { value?: unknown; range?: [number, number, number] } | undefined;
      if (typeof value?.value === 'string' && value.range) found.push({ index, value: value.value, start: value.range[0], end: value.range[1] });
    });
    return found;
  }
  return jsonKeyedValues(file.lines.text, list, key);
}

/**
 * `keyedValues` of a file that JSON.parse read. Only values three levels deep (`list[i].key`)
 * can match, so their path is asked for there alone: copying it at every value made the visit
 * several times slower on a catalogue of 10,000 entries.
 */
function jsonKeyedValues(text: string, list: string, key: string): KeyedValue[] {
  const found: KeyedValue[] = [];
  let depth = 0;
  const enter = () => {
    depth++;
  };
  const leave = () => {
    depth--;
  };
  visitJson(text, {
    onObjectBegin: enter,
    onArrayBegin: enter,
    onObjectEnd: leave,
    onArrayEnd: leave,
    onLiteralValue(value: unknown, offset: number, length: number, _line: number, _column: number, pathSupplier: () => (string | number)[]) {
      if (depth !== 3 || typeof value !== 'string') return;
      const path = pathSupplier();
      if (path[0] === list && path[2] === key) found.push({ index: path[1] as number, value, start: offset, end: offset + length });
    },
  });
  return found;
}

/** The schema errors of the last `validate` call on this document, each at its node (offsets into the YAML). */
export function schemaProblems(document: Document.Parsed, validate: ValidateFunction): { message: string; start: number; end: number; replacement?: string }[] {
  // An `if` error only says that its `then` failed; the errors of the `then` say how.
  return oneBranchEach((validate.errors ?? []).filter((error) => error.keyword !== 'if')).map((error) => {
    const path = pointerToPath(error.instancePath);
    const key = error.params.additionalProperty as string | undefined;
    const node = key !== undefined ? findKeyNode(document, path, key) : findNode(document, path);
    const [start, end] = node?.range ?? [0, 1];
    const replacement = error.keyword === 'enum' ? meantValue(error) : undefined;
    return { message: describe(error), start, end, ...(replacement !== undefined && { replacement }) };
  });
}

/** The allowed value a wrong one was meant to be: the same in another case ('Draft'), or a typo away ('drafty'), if it is a plain word that YAML writes as it is. */
function meantValue(error: ErrorObject): string | undefined {
  const value = error.data;
  if (typeof value !== 'string') return undefined;
  const allowed = (error.params.allowedValues as unknown[]).filter((option): option is string => typeof option === 'string');
  const [meant] = closestMatches(value, allowed, 1);
  return meant !== undefined && /^[A-Za-z][\w-]*$/.test(meant) ? meant : undefined;
}

/**
 * ajv reports why a value fails every alternative of an `anyOf`, so one wrong value would
 * read as several problems ("must be one of: off, warning…" and "must be a list"). Keeps the
 * errors of the first alternative that takes a value of this kind (a string for a severity,
 * a list for `[severity, options]`); when none does and each names its type, one message
 * lists the types.
 */
function oneBranchEach(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const choice of errors) {
    if ((choice.keyword !== 'anyOf' && choice.keyword !== 'oneOf') || !kept.includes(choice)) continue;
    const prefix = `${choice.schemaPath}/`;
    const inBranch = (error: ErrorObject, index: number) => error.schemaPath.startsWith(`${prefix}${index}/`);
    if (!kept.some((error) => error.schemaPath.startsWith(prefix))) continue; // oneOf matched several: its own message says so
    const branches = choice.schema as object[];
    const fitting = branches.findIndex((branch) => takesKindOf(branch, choice.data));
    const types = branches.flatMap((branch) => [(branch as { type?: string | string[] }).type ?? []].flat());
    if (fitting === -1 && types.length === branches.length) {
      kept = kept.flatMap((error) => (error === choice ? [{ ...choice, keyword: 'type', params: { type: types } }] : error.schemaPath.startsWith(prefix) ? [] : [error]));
      continue;
    }
    const chosen = Math.max(fitting, 0);
    kept = kept.filter((error) => error !== choice && !(error.schemaPath.startsWith(prefix) && !inBranch(error, chosen)));
  }
  return kept;
}

/** Whether a schema takes values of the JSON type of `value`, judged by its `type` or `enum` alone. */
function takesKindOf(schema: object, value: unknown): boolean {
  const { type, enum: allowed } = schema as { type?: string | string[]; enum?: unknown[] };
  const kind = jsonType(value);
  if (type !== undefined) return [type].flat().some((t) => t === kind || (t === 'number' && kind === 'integer'));
  if (allowed !== undefined) return allowed.some((option) => jsonType(option) === kind || (jsonType(option) === 'number' && kind === 'integer'));
  return true;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping of keys to values',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `'${pointerToPath(error.instancePath).join('.')}'` : 'The file';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `Unknown key '${key}'.${didYouMean(key, allowed) || ` Allowed keys: ${allowed.join(', ')}.`}`;
    }
    case 'required':
      return `${where} is missing the required key '${error.params.missingProperty}'.`;
    case 'enum': {
      const meant = meantValue(error);
      const hint = meant === undefined ? '' : meant.toLowerCase() === String(error.data).toLowerCase() ? ` Write '${meant}': the values are written in this case.` : ` Did you mean '${meant}'?`;
      return `${where} must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}.${hint}`;
    }
    case 'type':
      return `${where} must be ${alternatives([error.params.type].flat().map((type) => TYPE_NAMES[type as string] ?? String(type)))}.`;
    case 'minItems':
    case 'maxItems': {
      const limit = error.params.limit as number;
      return `${where} must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'entry' : 'entries'}.`;
    }
    case 'const':
      return `${where} must be '${error.params.allowedValue}'.`;
    case 'pattern': {
      const expected = (error.parentSchema as { description?: string } | undefined)?.description;
      return `${where} is not in the expected form${expected ? ` (${expected.replace(/\.$/, '')})` : ''}.`;
    }
    default:
      return `${where} ${error.message ?? 'is invalid'}.`;
  }
}

/** "a", "a or b", "a, b or c". */
function alternatives(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The deepest node that exists along the path. */
function findNode(document: Document.Parsed, path: (string | number)[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node;
  }
  return undefined;
}

function findKeyNode(document: Document.Parsed, path: (string | number)[], key: string) {
  const parent = findNode(document, path) as { items?: { key: unknown }[] } | undefined;
  const pair = parent?.items?.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === key);
  return pair && isNode(pair.key) ? pair.key : (parent as ReturnType<typeof findNode>);
}
