'use strict';
const { isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

/**
 * Loads a bundle of dist/ as `require` would, with the V8 code cache that the build wrote
 * beside it (`cli.code-cache` for `cli.js`): V8 then neither parses the 2 MB bundle nor
 * compiles the functions a lint runs, which took a fifth of a short run. The build makes the
 * cache from a lint of the examples (scripts/build.mjs). V8 rejects a cache of another Node or
 * other V8 flags, and the bundle then compiles as usual; the flags are set first for that
 * reason.
 *
 * Returns the bundle's exports and what became of its code cache: 'used', 'rejected' (by V8),
 * 'stale' (made from another bundle) or 'none'.
 */
function loadBundle(filename, v8Flags = []) {
  for (const flag of v8Flags) setFlagsFromString(flag);
  const codeCache = filename.replace(/\.js$/, '.code-cache');
  const bytes = readFileSync(filename);
  // The build writes its bundles in ASCII, which Latin-1 decodes as it is: 13 ms for the CLI's, against 30 read as UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const { cachedData, state } = readCodeCache(codeCache, bytes);
  const script = new Script(wrap(source), { filename, cachedData });
  if (process.env.DIPLOBRIEF_WRITE_CODE_CACHE) process.once('exit', () => writeCodeCache(codeCache, bytes, script.createCachedData()));
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(filename), bundle, filename, dirname(filename));
  return { exports: bundle.exports, codeCache: state === 'found' ? (script.cachedDataRejected ? 'rejected' : 'used') : state };
}

/**
 * The hash of the source a cache was made from, its first line: V8 checks only the source's
 * length, and would run the old code of another bundle of the same length. (SHA-1 names a text
 * here, as in git; it guards nothing against an attacker, who could rewrite the bundle itself.)
 * Of the bytes read, not the string: the same hash, without encoding megabytes back to UTF-8.
 */
function sourceHash(bytes) {
  return createHash('sha1').update(bytes).digest('base64');
}

function readCodeCache(codeCache, sourceBytes) {
  let bytes;
  try {
    bytes = readFileSync(codeCache);
  } catch {
    return { state: 'none' }; // a build that could not write it: compiled as usual
  }
  const lineEnd = bytes.indexOf(10);
  if (lineEnd < 0 || bytes.subarray(0, lineEnd).toString('latin1') !== sourceHash(sourceBytes)) return { state: 'stale' };
  return { cachedData: bytes.subarray(lineEnd + 1), state: 'found' };
}

/** Written through a temporary file and a rename, so that a run that stops halfway leaves no half cache. */
function writeCodeCache(codeCache, sourceBytes, cachedData) {
  const temporary = `${codeCache}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${sourceHash(sourceBytes)}\n`, 'latin1'), cachedData]));
  renameSync(temporary, codeCache);
}

module.exports = { loadBundle };
