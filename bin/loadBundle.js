'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

/**
 * Loads a bundle of dist/ as `require` would, with the V8 code cache that the build wrote
 * beside it (`cli.code-cache` for `cli.js`): V8 then neither parses the 2 MB bundle nor
 * compiles the functions a lint runs, which took a fifth of a short run. The build makes the
 * cache from a lint of the examples (scripts/build.mjs), after deleting the old one and
 * writing the new bundle; V8 rejects a cache of another Node, other V8 flags or a source of
 * another length, and the bundle then compiles as usual. The flags are set first, as V8 takes
 * a cache only under the flags it was made with.
 *
 * Returns the bundle's exports and what became of its code cache: 'used', 'rejected' or 'none'.
 */
function loadBundle(filename, v8Flags = []) {
  for (const flag of v8Flags) setFlagsFromString(flag);
  const codeCache = filename.replace(/\.js$/, '.code-cache');
  let cachedData;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    // No cache (a build from before, or one that could not write it): compiled as usual.
  }
  const script = new Script(wrap(readFileSync(filename, 'utf8')), { filename, cachedData });
  if (process.env.DIPLOBRIEF_WRITE_CODE_CACHE) process.once('exit', () => writeFileSync(codeCache, script.createCachedData()));
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(filename), bundle, filename, dirname(filename));
  return { exports: bundle.exports, codeCache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used' };
}

module.exports = { loadBundle };
