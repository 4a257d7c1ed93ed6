// Preloaded with `node --import`: records, into $DCS_TRACE_OPENS, every path the process opens through
// node:fs ("open PATH") and every path it then reads bytes from ("read PATH"), so that a test can
// assert that a warm run reads none of the plan's report files.
import fs, { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const seen = [];
const paths = new Map();
const { openSync, closeSync, readSync, readFileSync } = fs;
fs.openSync = function traced(path, ...rest) {
  const fd = openSync.call(this, path, ...rest);
  if (typeof path === 'string') {
    seen.push(`open ${path}`);
    paths.set(fd, path);
  }
  return fd;
};
fs.closeSync = function traced(fd) {
  paths.delete(fd);
  return closeSync.call(this, fd);
};
fs.readSync = function traced(fd, ...rest) {
  if (paths.has(fd)) seen.push(`read ${paths.get(fd)}`);
  return readSync.call(this, fd, ...rest);
};
fs.readFileSync = function traced(path, ...rest) {
  if (typeof path === 'string') seen.push(`open ${path}`, `read ${path}`);
  return readFileSync.call(this, path, ...rest);
};
// ES modules' named imports of node:fs see the traced functions too.
syncBuiltinESMExports();
process.on('exit', () => appendFileSync(process.env.DCS_TRACE_OPENS, `${seen.join('\n')}\n`));
