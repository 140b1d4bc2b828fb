#!/usr/bin/env node
const { join } = require('node:path');
const { loadBundle } = require('./loadBundle');

/**
 * Each brief's syntax tree and analyses outlive a young-generation collection or two, and V8
 * lets the old generation grow to four times what survives (about 45 MB) before it collects
 * it: a run over many briefs peaked at 300 MB, nearly all garbage. Growing it by at most twice
 * keeps the peak near 200 MB for a few more collections of 45 MB each.
 */
const CLI_V8_FLAGS = ['--heap-growing-percent=100'];
const CLI_BUNDLE = join(__dirname, '..', 'dist', 'cli.js');

if (require.main === module) loadBundle(CLI_BUNDLE, CLI_V8_FLAGS).exports.run();

module.exports = { CLI_BUNDLE, CLI_V8_FLAGS };
