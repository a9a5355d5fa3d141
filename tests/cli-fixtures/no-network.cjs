// Preloaded with NODE_OPTIONS=--require in the CLI tests: every way to open a network connection
// throws and is logged to $NO_NET_LOG, so a test can assert that nothing tried (issue 8.6).
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const log = process.env.NO_NET_LOG;
const note = (what) => {
  if (log) fs.appendFileSync(log, `${what}\n`);
  throw new Error(`network access denied in tests: ${what}`);
};
if (log) fs.appendFileSync(log.replace(/$/, '.loaded'), `${isMainThread ? 'main' : 'worker'}\n`);
const stub = (mod, names, label) => {
  for (const n of names) {
    if (typeof mod[n] === 'function') mod[n] = () => note(`${label}.${n}`);
  }
};
const net = require('node:net');
stub(net, ['connect', 'createConnection'], 'net');
net.Socket.prototype.connect = () => note('net.Socket.connect');
stub(require('node:tls'), ['connect'], 'tls');
stub(require('node:http'), ['request', 'get'], 'http');
stub(require('node:https'), ['request', 'get'], 'https');
const dns = require('node:dns');
stub(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns');
stub(dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns.promises');
if (typeof globalThis.fetch === 'function') globalThis.fetch = () => note('fetch');
