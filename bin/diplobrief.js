#!/usr/bin/env node
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { loadBundle } = require('./loadBundle');

// Each brief's syntax tree and analyses outlive a young-generation collection or two, and V8
// lets the old generation grow to four times what survives (about 45 MB) before it collects
// it: a run over many briefs peaked at 300 MB, nearly all garbage. Growing it by at most twice
// keeps the peak near 200 MB for a few more collections of 45 MB each. Set before the bundle
// is compiled: V8 takes a code cache only under the flags it was made with.
setFlagsFromString('--heap-growing-percent=100');

loadBundle(join(__dirname, '..', 'dist', 'cli.js')).run();
