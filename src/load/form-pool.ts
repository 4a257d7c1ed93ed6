// Filled-in forms read on a worker thread (docs/design.md §7): exceljs takes 5–10 ms a form, and a
// first read of a city's 476 forms kept the main thread busy seconds that it could have spent parsing the
// YAML reports. The worker runs the same readForm (src/excel/form-worker.ts) and hands back what it
// gives; the main thread still reads the bytes, asks the cache and writes it. Only where the worker's
// script is built beside this module (dist/bundle) and the machine has a second core; else, and whenever
// the worker fails, forms are read on the main thread as before.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { FormRead } from '../excel/read-form.js';

const SCRIPT = new URL('./form-worker.js', import.meta.url);

/** A job for the worker, and its answer: the form read, or why it could not be. */
export interface FormJob {
  id: number;
  bytes: Uint8Array;
  file: string;
}
export type FormAnswer = { id: number; form: FormRead } | { id: number; error: string };

/** Bytes of forms sent to the worker and not yet answered past which no more are begun ahead (each is
 * held twice meanwhile, here and there; a form may be 50 MB). */
const AHEAD_BYTES = 64 * 1048576;

export interface FormPool {
  /** Reads a form on the worker (rejects if the worker cannot: then read it here). */
  read(bytes: Uint8Array, file: string): Promise<FormRead>;
  /** Enough forms are waiting for the worker: begin no more ahead of need. */
  full(): boolean;
  /** Ends the worker (no more forms to read): forms still being read are dropped, not read elsewhere. */
  close(): void;
  closed(): boolean;
}

/** A worker for reading forms, started at its first form; undefined where there is none to have. */
export function formPool(): FormPool | undefined {
  if (availableParallelism() < 2 || !existsSync(fileURLToPath(SCRIPT))) return undefined;
  let worker: Worker | undefined;
  let broken = false;
  let closed = false;
  let next = 0;
  let ahead = 0;
  const waiting = new Map<
    number,
    { size: number; resolve: (f: FormRead) => void; reject: (e: Error) => void }
  >();
  const fail = (e: Error) => {
    broken = true;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
    ahead = 0;
  };
  const start = (): Worker => {
    // Required when first wanted, not imported: an ES import of a built-in costs ~3 ms on every run.
    const { Worker } = createRequire(import.meta.url)(
      'node:worker_threads',
    ) as typeof import('node:worker_threads');
    const w = new Worker(SCRIPT);
    w.on('message', (a: FormAnswer) => {
      const job = waiting.get(a.id);
      waiting.delete(a.id);
      ahead -= job?.size ?? 0;
      if ('form' in a) job?.resolve(a.form);
      else job?.reject(new Error(a.error));
      // Idle, it is never the reason the process stays up.
      if (waiting.size === 0) w.unref();
    });
    w.on('error', fail);
    w.on('exit', () => fail(new Error('form worker stopped')));
    return w;
  };
  return {
    read(bytes, file) {
      if (broken) return Promise.reject(new Error('form worker stopped'));
      worker ??= start();
      const id = next++;
      const answer = new Promise<FormRead>((resolve, reject) =>
        waiting.set(id, { size: bytes.byteLength, resolve, reject }),
      );
      ahead += bytes.byteLength;
      worker.ref();
      worker.postMessage({ id, bytes, file } satisfies FormJob);
      return answer;
    },
    full: () => ahead >= AHEAD_BYTES,
    close() {
      broken = closed = true;
      void worker?.terminate();
    },
    closed: () => closed,
  };
}
