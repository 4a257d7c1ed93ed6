// The entry point: real process I/O in, one exit code out.
import { run } from './program.js';

// A reader that stops early (`dcs due | head`, quitting `less`) closes the pipe: the rest of the output
// has nowhere to go, which is no error of the clerk's and no reason for a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
// Ctrl-C: the progress line, if any, does not stay on the terminal.
process.once('SIGINT', () => {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  process.exit(130);
});

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
