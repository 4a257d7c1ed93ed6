// The worker of src/load/form-pool.ts: reads the forms it is sent, one at a time (each workbook is held
// in memory while it is read), and answers with what readForm gives.
import { parentPort } from 'node:worker_threads';
import type { FormAnswer, FormJob } from '../load/form-pool.js';
import { readForm } from './read-form.js';

const port = parentPort!;
let queue = Promise.resolve();
port.on('message', (job: FormJob) => {
  queue = queue.then(async () => {
    let answer: FormAnswer;
    try {
      answer = { id: job.id, form: await readForm(job.bytes, job.file) };
    } catch (e) {
      answer = { id: job.id, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(answer);
  });
});
