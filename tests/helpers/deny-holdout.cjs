// Preloaded (`node --require`) into training and mining scripts by tests/real-corpus.test.ts: any
// attempt to open, read or list the frozen holdout of eval/real/ throws, so the test fails.
const fs = require('node:fs');
const path = require('node:path');
const { syncBuiltinESMExports } = require('node:module');

const HOLDOUT = `${path.sep}eval${path.sep}real${path.sep}holdout`;
const denied = (p) => typeof p === 'string' || p instanceof URL ? String(p instanceof URL ? p.pathname : path.resolve(p)).includes(HOLDOUT) : false;
for (const name of ['readFileSync', 'openSync', 'readdirSync', 'createReadStream', 'readFile', 'open', 'readdir']) {
  const orig = fs[name];
  fs[name] = function guarded(p, ...rest) {
    if (denied(p)) throw new Error(`holdout opened by a training script: ${p}`);
    return orig.call(this, p, ...rest);
  };
}
for (const name of ['readFile', 'open', 'readdir']) {
  const orig = fs.promises[name];
  fs.promises[name] = function guarded(p, ...rest) {
    if (denied(p)) return Promise.reject(new Error(`holdout opened by a training script: ${p}`));
    return orig.call(this, p, ...rest);
  };
}
syncBuiltinESMExports();
