/*
 * Preloaded (node --require) into the CLI or the language server under test. Every way
 * to reach the network or start a program throws, and so does loading any module from
 * the workspace; each attempt is also written to DIPLOBRIEF_GUARD_LOG, so an attempt
 * the product caught and hid is still seen by the test.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { isMainThread } = require('node:worker_threads');

const log = process.env.DIPLOBRIEF_GUARD_LOG;
const workspace = process.env.DIPLOBRIEF_GUARD_WORKSPACE;

function note(line) {
  fs.appendFileSync(log, line + '\n');
}

function forbid(what) {
  return function forbidden() {
    note(`forbidden: ${what}`);
    throw new Error(`isolation guard: ${what} is forbidden`);
  };
}

note(`guard loaded in the ${isMainThread ? 'main thread' : 'worker thread'}`);

const modules = {
  net: ['connect', 'createConnection', 'createServer'],
  tls: ['connect', 'createServer'],
  dgram: ['createSocket'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer', 'createSecureServer'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'],
  child_process: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
};
for (const [name, functions] of Object.entries(modules)) {
  const module = require(`node:${name}`);
  for (const fn of functions) module[fn] = forbid(`${name}.${fn}`);
}
require('node:net').Socket.prototype.connect = forbid('net.Socket.connect');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6']) require('node:dns').promises[fn] = forbid(`dns.promises.${fn}`);
globalThis.fetch = forbid('fetch');
globalThis.WebSocket = forbid('WebSocket');

const load = Module._load;
Module._load = function guardedLoad(request, parent, isMain) {
  const resolved = (() => {
    try {
      return Module._resolveFilename(request, parent, isMain);
    } catch {
      return request;
    }
  })();
  if (workspace && path.isAbsolute(resolved) && resolved.startsWith(workspace + path.sep)) forbid(`loading ${resolved}`)();
  return load.apply(this, arguments);
};
