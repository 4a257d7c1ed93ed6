// Bundles the command into dist/bundle/ (after tsc has built the module tree in dist/): one `core` chunk
// for what the light commands run, and chunks of their own for the heavy stages, loaded when a command
// needs them. Node 20 has no compile cache, and finding, reading and linking the ~190 modules of `dcs
// check` (ours and yaml's 74) took about half its run (README, "Phát triển"). exceljs, docx,
// ical-generator, jszip and ajv stay packages of their own: only the commands that need them load them
// (ajv only for the runtime helpers of the prebuilt validators in dist/validators.cjs).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
// tsc has just built the module tree: the cache's own hash of a tree of sources.
import { treeHash } from '../dist/load/cache.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/bundle`;

/** Modules kept out of the core chunk (see below). */
const ENTRY = /[\\/]src[\\/]cli[\\/]main\.ts$/;
const HEAVY = /[\\/]src[\\/](excel[\\/]|word[\\/]|load[\\/]yaml\.ts|(format|cli)[\\/]ics\.ts)/;

const bundle = await rolldown({
  cwd: root,
  // The worker that reads forms (src/load/form-pool.ts) is found beside the core chunk, by this name.
  input: {
    main: 'src/cli/main.ts',
    program: 'src/cli/program.ts',
    'form-worker': 'src/excel/form-worker.ts',
  },
  platform: 'node',
  external: [/^node:/, 'exceljs', 'docx', 'ical-generator', 'jszip', /^ajv(-formats)?(\/|$)/],
  transform: {
    // The cache's key names the code that read an entry: bundled, that is the sources (with the schemas
    // and the lock file) the bundle is built from, so another build never trusts an older entry.
    define: { DCS_BUILD_HASH: JSON.stringify(treeHash(`${root}src`)) },
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
