/*
 * Preload (`node --require`) for the no-network test: every way to open a connection or look up a name
 * records the attempt in the file named by NO_NETWORK_LOG and throws. Pipes the process was started with
 * (stdio) are not opened with these calls, so they keep working.
 */
'use strict';
const fs = require('node:fs');
const log = process.env.NO_NETWORK_LOG;
if (log) fs.appendFileSync(log, `loaded ${process.pid}\n`);

function guard(name) {
  return function blocked() {
    if (log) fs.appendFileSync(log, `network ${name} ${process.pid}\n`);
    throw new Error(`network access blocked: ${name}`);
  };
}
const net = require('node:net');
net.Socket.prototype.connect = guard('net.Socket#connect');
net.connect = guard('net.connect');
net.createConnection = guard('net.createConnection');
const tls = require('node:tls');
tls.connect = guard('tls.connect');
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  m.request = guard(`${mod}.request`);
  m.get = guard(`${mod}.get`);
}
const dns = require('node:dns');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[fn] = guard(`dns.${fn}`);
dns.promises.lookup = guard('dns.promises.lookup');
if (typeof globalThis.fetch === 'function') globalThis.fetch = guard('fetch');
