// Preloaded with `node --import`: records every path the process opens, reads or stats through node:fs
// into $DCS_TRACE_OPENS, so a test can assert that a warm run does not read the plan's report files.
import fs, { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const seen = [];
for (const name of ['openSync', 'readFileSync', 'statSync']) {
  const original = fs[name];
  fs[name] = function traced(path, ...rest) {
    if (typeof path === 'string') seen.push(`${name} ${path}`);
    return original.call(this, path, ...rest);
  };
}
// ES modules' named imports of node:fs see the traced functions too.
syncBuiltinESMExports();
process.on('exit', () => appendFileSync(process.env.DCS_TRACE_OPENS, `${seen.join('\n')}\n`));
