// Mutation fuzzing (fast-check): the invented ward test/fixtures/phuong-hu-cau, copied to a temp
// folder and mutated — YAML values and structure, raw bytes, odd kinds of files, filled-in forms —
// then check, due, tasks (and, for some cases, compile) run in-process on the fixed clock. Whatever
// the input, dcs must: exit 0, 1 or 2; print no internal error, "undefined", "[object Object]" or
// "NaN" on stderr; print parseable JSON from `check --format json`; leave every input file as it
// was; leave nothing but its output next to the output; and, when compile writes, write a workbook
// exceljs reloads, whose XML has no illegal character and no Infinity/NaN number.
//
// Seeded and deterministic. Knobs (environment):
//   DCS_FUZZ_RUNS=2000     runs per family (default: about 230 cases in all, a minute or two)
//   DCS_FUZZ_SEED=123      another seed for every family
//   DCS_FUZZ_SHRINK=1      shrink a counterexample (slower; off by default, the first failure is reported)
//   DCS_FUZZ_COLLECT=f.jsonl  record every failing case in f.jsonl instead of failing (survey mode)
//   DCS_FUZZ_BOMB_MB=64    size of the zip bomb's inflated part (default 128)
import { describe, expect, it, beforeAll } from 'vitest';
import { join } from 'node:path';
import { appendFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  checkResult,
  cleanup,
  COLLECT,
  dcsIsolated,
  fifoGuard,
  report,
  runAndCheck,
  runs,
  short,
  timeoutFor,
  wardCopy,
  PERIOD,
  type Problem,
} from './harness.js';
import {
  applyBytes,
  applyKinds,
  applyYaml,
  byteMutation,
  fileKindMutation,
  isLinux,
  PLAN_KINDS,
  yamlMutation,
} from './mutations.js';
import {
  applyForm,
  baseForm,
  BOMB_MB,
  BOMB_PARTS,
  formMutation,
  FORM_UNIT,
  zipBomb,
} from './form-mutations.js';

const SEED = Number(process.env.DCS_FUZZ_SEED) || 20260610;
const params = (numRuns: number, offset: number): fc.Parameters<unknown> => ({
  seed: SEED + offset,
  numRuns,
  endOnFailure: !process.env.DCS_FUZZ_SHRINK,
  verbose: 1,
});
const DEBUG = Boolean(COLLECT);

let form: Buffer;
beforeAll(async () => {
  form = await baseForm();
}, 60_000);

/** One case: a fresh ward copy, the mutation, the commands, the invariants. */
async function fuzzCase(
  family: string,
  mutation: unknown,
  mutate: (dir: string) => Promise<string[]> | string[] | void,
  compile: boolean,
): Promise<void> {
  const w = wardCopy();
  const t0 = Date.now();
  let problems: Problem[] = [];
  try {
    const fifos = (await mutate(w.dir)) ?? [];
    const stopGuard = fifoGuard(fifos, join(w.root, 'fifo-opened.log'));
    try {
      problems = await runAndCheck(w, { compile, debug: DEBUG });
    } finally {
      const opened = stopGuard();
      // A FIFO opened for reading hangs dcs forever outside this harness (`dcs check` never returns).
      if (opened > 0)
        problems.push({
          command: '*',
          kind: 'fifo-opened-hang',
          detail: `${opened} blocking open(s) of a FIFO`,
        });
    }
  } finally {
    cleanup(w.root);
  }
  if (COLLECT)
    appendFileSync(
      `${COLLECT}.times`,
      `${JSON.stringify({ family, ms: Date.now() - t0, compile, mutation: short(mutation) })}\n`,
    );
  report(family, mutation, problems);
}

describe('dcs survives mutated plan folders', () => {
  const nYaml = runs(80);
  it(
    `(1) YAML values and structure (${nYaml} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(yamlMutation, fc.integer({ min: 0, max: 3 }), async (m, c) => {
          await fuzzCase('yaml', m, (dir) => applyYaml(dir, m), c === 0);
        }),
        params(nYaml, 1),
      );
    },
    timeoutFor(nYaml),
  );

  const nBytes = runs(50);
  it(
    `(2) text bytes (${nBytes} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(byteMutation, fc.integer({ min: 0, max: 3 }), async (m, c) => {
          await fuzzCase('bytes', m, (dir) => applyBytes(dir, m), c === 0);
        }),
        params(nBytes, 2),
      );
    },
    timeoutFor(nBytes),
  );

  const nKinds = runs(50);
  it(
    `(3) kinds of file in reports/${PERIOD} (${nKinds} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fileKindMutation, fc.boolean(), async (m, c) => {
          await fuzzCase('kinds', m, (dir) => applyKinds(dir, m.kinds, form), c);
        }),
        params(nKinds, 3),
      );
    },
    timeoutFor(nKinds),
  );

  // plan.yaml, units.yaml or an appendix as a FIFO, a folder, a dangling link: a FIFO opened for
  // reading would block the vitest worker for good, so fifoGuard (see harness.ts) answers any such
  // open within ~0.2 s and the case fails with fifo-opened-hang instead. Linux only (mkfifo).
  const nPlan = Math.min(runs(PLAN_KINDS.length), 4 * PLAN_KINDS.length); // few distinct cases
  it.skipIf(!isLinux)(
    `(3b) plan-level files as FIFOs, folders, dangling links (${nPlan} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...PLAN_KINDS), fc.boolean(), async (k, c) => {
          await fuzzCase('plan-kinds', k, (dir) => applyKinds(dir, [k], form), c);
        }),
        params(nPlan, 4),
      );
    },
    timeoutFor(nPlan),
  );

  const nForms = runs(40);
  it(
    `(4) filled-in forms for ${FORM_UNIT}, mutated (${nForms} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(formMutation, fc.integer({ min: 0, max: 1 }), async (m, c) => {
          const bytes = await applyForm(form, m);
          await fuzzCase(
            'forms',
            m,
            (dir) => {
              writeFileSync(join(dir, 'reports', PERIOD, m.name), bytes);
            },
            c === 0,
          );
        }),
        params(nForms, 5),
      );
    },
    timeoutFor(nForms, 8000),
  );

  // A ~1 MB form one part of which inflates to DCS_FUZZ_BOMB_MB MB: run out of process (the built
  // dist/), so a blow-up cannot take the worker down; memory must stay near that of a normal form.
  it(`(4b) zip bombs, ${BOMB_MB} MB inflated (check, out of process)`, async () => {
    const w = wardCopy();
    try {
      const target = join(w.dir, 'reports', PERIOD, `${FORM_UNIT}.xlsx`);
      writeFileSync(target, form);
      const argv = ['check', '--plan', w.dir, '--format', 'json'];
      const base = dcsIsolated(argv, w.dir, 60_000);
      for (const part of BOMB_PARTS) {
        writeFileSync(target, await zipBomb(form, part));
        const r = dcsIsolated(argv, w.dir, 60_000);
        const problems: Problem[] = [];
        checkResult('check', r, problems, r.ms);
        if (r.timedOut) problems.push({ command: 'check', kind: 'hang', detail: `killed after ${r.ms} ms` });
        const grew = r.maxRssMb - base.maxRssMb;
        if (!(grew < Math.max(64, BOMB_MB / 4)))
          problems.push({
            command: 'check',
            kind: 'zip-bomb-memory',
            detail: `peak RSS ${r.maxRssMb.toFixed(0)} MB vs ${base.maxRssMb.toFixed(0)} MB for the real form; ${r.ms} ms`,
          });
        if (r.ms > Math.max(5000, base.ms * 5))
          problems.push({ command: 'check', kind: 'zip-bomb-slow', detail: `${r.ms} ms vs ${base.ms} ms` });
        report('zip-bomb', { part, mb: BOMB_MB }, problems);
      }
    } finally {
      cleanup(w.root);
    }
  }, 300_000);

  it('the unmutated ward passes the harness (sanity)', async () => {
    const w = wardCopy();
    try {
      writeFileSync(join(w.dir, 'reports', PERIOD, `${FORM_UNIT}.xlsx`), form);
      expect(await runAndCheck(w, { compile: true })).toEqual([]);
    } finally {
      cleanup(w.root);
    }
  });
});
