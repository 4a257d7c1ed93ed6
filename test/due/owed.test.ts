// What is owed, asserted to the day on the shipped plan and on the invented fixture ward.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../src/check/index.js';
import { owed, type DueItem } from '../../src/due/owed.js';
import { receivedReports } from '../../src/due/received.js';
import { readPlanFolder } from '../../src/load/folder.js';
import { FIXTURES, HONG_AN, planCopy } from '../helpers/cli.js';

async function due(
  dir: string,
  asOf: string,
  extra: { all?: boolean; unit?: string; within?: number } = {},
): Promise<DueItem[]> {
  const folder = await readPlanFolder(dir, dir);
  // "Today" (for reports dated in the future) is a fixed day after every as-of date used here.
  const { plan, dispositions } = checkFolder(folder, TODAY);
  return owed(plan, receivedReports(dispositions), {
    asOf,
    within: extra.within ?? 14,
    all: extra.all ?? false,
    unit: extra.unit,
  });
}
const TODAY = '2027-12-31';
const brief = (i: DueItem) => `${i.status} ${i.kind} ${i.id} ${i.unit} ${i.deadline} ${i.days}`;
const WARD = join(FIXTURES, 'phuong-hu-cau');

describe('the shipped Hồng An plan', () => {
  it("22/05/2026: every reporting unit's 6-month report is due in 13 days, last day 04/06/2026", async () => {
    expect((await due(HONG_AN, '2026-05-22')).map(brief)).toEqual([
      'due-soon report 2026-6t vp 2026-06-04 13',
      'due-soon report 2026-6t vhxh 2026-06-04 13',
      'due-soon report 2026-6t ktht 2026-06-04 13',
    ]);
  });

  it('05/06/2026: the same reports are one day overdue', async () => {
    expect((await due(HONG_AN, '2026-06-05')).map((i) => `${i.status} ${i.days}`)).toEqual([
      'overdue -1',
      'overdue -1',
      'overdue -1',
    ]);
  });

  it('a report with submitted 2026-06-03 marks that unit done; as of an earlier day it had not arrived', async () => {
    const dir = planCopy(HONG_AN, {
      'reports/2026-6t/vhxh.yaml':
        'unit: vhxh\nperiod: 2026-6t\nsubmitted: "2026-06-03"\ntasks:\n  - task: IV.2.a\n    status: hoan-thanh\n',
    });
    expect((await due(dir, '2026-06-05')).map((i) => `${i.unit} ${i.status}`)).toEqual([
      'vp overdue',
      'ktht overdue',
    ]);
    const done = (await due(dir, '2026-06-05', { all: true })).find(
      (i) => i.unit === 'vhxh' && i.id === '2026-6t',
    );
    expect(done).toMatchObject({ status: 'done', submitted: '2026-06-03', late_days: 0 });
    expect((await due(dir, '2026-06-02')).map((i) => i.unit)).toEqual(['vp', 'vhxh', 'ktht']);
  });

  it('--all lists ongoing, on-request and untimed tasks apart, never overdue', async () => {
    const all = await due(HONG_AN, '2027-03-01', { all: true });
    const ongoing = all.filter((i) => i.status === 'ongoing').map((i) => i.id);
    expect(ongoing).toEqual(['I.2', 'II.1', 'IV.2.c']);
    expect(
      all
        .filter((i) => ['I.2', 'II.1', 'IV.2.c'].includes(i.id))
        .every((i) => i.status === 'ongoing' && i.deadline === null),
    ).toBe(true);
    expect(all.filter((i) => i.status === 'on-request').map((i) => i.id)).toEqual(['IV.2.a']);
    expect(all.filter((i) => i.status === 'untimed').map((i) => i.id)).toContain('IV.4');
    expect(
      all
        .filter((i) => i.status === 'overdue' && i.kind === 'task')
        .map((i) => `${i.id} ${i.occurrence} ${i.done_units ?? ''}/${i.total_units ?? ''}`),
    ).toEqual(['IV.1.b 2026 0/3', 'IV.1.d 2026 0/3', 'IV.2.a 2026 /']);
  });
});

describe('the invented ward: two years of reports', () => {
  it('an unreceived report stays overdue across the year end (tdp-3, annual report 2025)', async () => {
    const items = await due(WARD, '2026-06-20');
    expect(items.find((i) => i.id === '2025-nam' && i.unit === 'tdp-3')).toMatchObject({
      status: 'overdue',
      deadline: '2025-11-09',
      days: -223,
    });
  });

  it('received late, on the last day, and on time', async () => {
    const all = await due(WARD, '2026-06-20', { all: true });
    const report = (id: string, unit: string) =>
      all.find((i) => i.kind === 'report' && i.id === id && i.unit === unit);
    expect(report('2026-6t', 'tdp-5')).toMatchObject({
      status: 'done',
      submitted: '2026-06-07',
      late_days: 3,
    });
    expect(report('2026-6t', 'vp')).toMatchObject({ status: 'done', submitted: '2026-06-05', late_days: 1 });
    expect(report('2025-6t', 'ktht')).toMatchObject({
      status: 'done',
      submitted: '2025-06-04',
      late_days: 0,
    });
  });

  it('a missing 9-month report is overdue six days after its last day', async () => {
    expect(
      (await due(WARD, '2026-09-15')).find((i) => i.id === '2026-9t' && i.unit === 'th-hu-cau'),
    ).toMatchObject({
      status: 'overdue',
      deadline: '2026-09-09',
      days: -6,
    });
  });

  it('a task never marked done stays overdue; group rows count the units that closed it', async () => {
    const items = await due(WARD, '2026-06-20');
    expect(items.find((i) => i.id === 'PL2.1.1')).toMatchObject({
      status: 'overdue',
      unit: 'vp',
      deadline: '2026-03-15',
      days: -97,
      occurrence: 'once',
    });
    const tdp = items.find((i) => i.id === 'PL1.1.1');
    expect(tdp).toMatchObject({
      status: 'due-soon',
      unit: '@to-dan-pho',
      deadline: '2026-06-30',
      total_units: 24,
    });
    expect(tdp!.done_units).toBeGreaterThan(0);
    expect(tdp!.done_units).toBeLessThan(24);
  });

  it("--unit expands a group row into that unit's own row", async () => {
    const items = await due(WARD, '2026-06-20', { unit: 'tdp-3', all: true });
    expect(items.every((i) => i.unit === 'tdp-3')).toBe(true);
    expect(items.filter((i) => i.id === 'PL1.1.1').map((i) => i.total_units)).toEqual([undefined]);
  });

  it('is ordered overdue first, then by last allowed day', async () => {
    const items = await due(WARD, '2026-06-20', { all: true });
    const rank = [
      'overdue',
      'needs-fixing',
      'due-soon',
      'upcoming',
      'done',
      'ongoing',
      'on-request',
      'untimed',
    ];
    for (let k = 1; k < items.length; k++) {
      const [a, b] = [items[k - 1]!, items[k]!];
      expect(rank.indexOf(a.status) <= rank.indexOf(b.status)).toBe(true);
      if (a.status === b.status && a.deadline && b.deadline) expect(a.deadline <= b.deadline).toBe(true);
    }
  });
});
