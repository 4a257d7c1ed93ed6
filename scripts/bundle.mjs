// Bundles the command into dist/bundle/ (after tsc has built the module tree in dist/): one file for
// what every command needs, plus a chunk per command and per heavy stage, loaded when used. Node 20
// has no compile cache, and resolving, reading and linking the ~190 modules of `dcs check` (ours and
// yaml's 74) cost about half its run; see the README's "Tốc độ". exceljs, docx, ical-generator, jszip
// and ajv stay packages of their own: they are loaded only by the commands that need them (ajv only
// for its runtime helpers, used by the prebuilt validators in dist/validators.cjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle`;

/** The sources, the schemas and the lock file the bundle is built from, hashed: the cache's key for
 * this build's reading code (src/load/cache.ts), so a build that reads differently never trusts an
 * older entry. */
function buildHash() {
  const h = createHash('sha256');
  const files = ['src', 'schemas']
    .flatMap((d) => readdirSync(join(root, d), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
  for (const f of [...files, join(root, 'package-lock.json')])
    h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

/** Modules kept out of the core chunk (see below). */
const ENTRY = /[\\/]src[\\/]cli[\\/]main\.ts$/;
const HEAVY = /[\\/]src[\\/](excel[\\/]|word[\\/]|load[\\/]yaml\.ts|(format|cli)[\\/]ics\.ts)/;

const bundle = await rolldown({
  cwd: root,
  input: { main: 'src/cli/main.ts', program: 'src/cli/program.ts' },
  platform: 'node',
  external: [/^node:/, 'exceljs', 'docx', 'ical-generator', 'jszip', /^ajv(-formats)?(\/|$)/],
  transform: {
    define: { DCS_BUILD_HASH: JSON.stringify(buildHash()) },
  },
  logLevel: 'warn',
});
rmSync(out, { recursive: true, force: true });
await bundle.write({
  dir: out,
  format: 'esm',
  entryFileNames: '[name].js',
  chunkFileNames: '[name]-[hash].js',
  codeSplitting: {
    groups: [
      // What check, due, tasks and the other light commands run, in one chunk: each chunk is a file for
      // the module loader to find, read, compile and link (the default split made 23 for `dcs due`).
      // The heavy stages keep chunks of their own, loaded when a command needs them: the YAML parser
      // (not needed when every file is cached), the Excel and Word writers and readers, the calendar.
      {
        name: 'core',
        // Not the entry module: its top-level await runs the command, and a chunk that waited for it (the
        // YAML parser imports from core) would never load.
        test: (id) =>
          /[\\/](src|node_modules[\\/](commander|chalk))[\\/]/.test(id) && !HEAVY.test(id) && !ENTRY.test(id),
      },
    ],
  },
});
await bundle.close();
