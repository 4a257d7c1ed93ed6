// The entry point: real process I/O in, one exit code out.
import { run } from './program.js';

const code = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  now: new Date(),
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  // Progress goes to stderr only when a person watches it: a terminal, not a CI log.
  progress: process.stderr.isTTY === true && !process.env.CI,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;
