// Each rule on a copy of the invented Phường Mẫu plan with one thing made wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder } from '../../src/check/index.js';
import { readPlanFolder } from '../../src/load/folder.js';
import { FIXTURES, planCopy } from '../helpers/cli.js';

const MAU = join(FIXTURES, 'phuong-mau');
const original = (name: string) => readFileSync(join(MAU, name), 'utf8');

async function check(files: Record<string, string>) {
  const dir = planCopy(MAU, files);
  return checkFolder(await readPlanFolder(dir, dir), '2026-06-10').diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    col: d.col,
    code: d.code,
    severity: d.severity,
    params: d.params,
  }));
}
const errors = async (files: Record<string, string>) =>
  (await check(files)).filter((d) => d.severity === 'error');

describe('rules', () => {
  it('the invented ward passes with one warning (its empty armed-forces group)', async () => {
    expect(await check({})).toEqual([
      expect.objectContaining({ code: 'group-empty', severity: 'warning', file: 'units.yaml' }),
    ]);
  });

  it.each([
    ['Asia/Ha_Noi', true],
    ['posix/Asia/Ho_Chi_Minh', true], // the C library loads it; Intl does not name it
    ['ICT-7', true],
    ['Asia/Saigon', false],
    ['UTC', false],
  ])('unknown-timezone: %s → %s', async (zone, refused) => {
    const plan = original('plan.yaml').replace('  timezone: Asia/Ho_Chi_Minh', `  timezone: ${zone}`);
    expect((await errors({ 'plan.yaml': plan })).map((d) => `${d.code} ${d.line}`)).toEqual(
      refused ? ['unknown-timezone 17'] : [],
    );
  });

  it('unknown-unit at the reference, with the nearest unit id', async () => {
    const plan = original('plan.yaml').replace('    lead: ktht ', '    lead: kth ');
    expect(await errors({ 'plan.yaml': plan })).toEqual([
      expect.objectContaining({
        code: 'unknown-unit',
        file: 'plan.yaml',
        line: 51,
        col: 11,
        params: { ref: 'kth', suggestion: 'ktht' },
      }),
    ]);
  });

  it('unknown-unit suggests the id of a unit named like the reference', async () => {
    const plan = original('plan.yaml').replace('    lead: ktht ', '    lead: kinh-te-ha-tang ');
    expect((await errors({ 'plan.yaml': plan }))[0]).toMatchObject({
      code: 'unknown-unit',
      params: { suggestion: 'ktht' },
    });
  });

  it('unknown-group, and a unit id that is really a group', async () => {
    const plan = original('plan.yaml').replace(
      'support: ["@to-dan-pho"]',
      'support: ["@to-dan-ph", co-quan-don-vi]',
    );
    expect(await errors({ 'plan.yaml': plan })).toMatchObject([
      { code: 'unknown-group', params: { ref: '@to-dan-ph', suggestion: '@to-dan-pho' } },
      { code: 'unknown-unit', params: { ref: 'co-quan-don-vi', suggestion: '@co-quan-don-vi' } },
    ]);
  });

  it('group-not-allowed where only a unit fits (the report receiver)', async () => {
    const plan = original('plan.yaml').replace('receiver: vhxh', 'receiver: "@to-dan-pho"');
    expect((await errors({ 'plan.yaml': plan })).map((d) => d.code)).toContain('group-not-allowed');
  });

  it('unknown units named by a group in units.yaml', async () => {
    const units = original('units.yaml').replace('kinds: [llvt]', 'units: [cong-an]');
    expect(await errors({ 'units.yaml': units })).toMatchObject([
      { code: 'unknown-unit', file: 'units.yaml', params: { ref: 'cong-an' } },
    ]);
  });

  it('duplicate-id across the plan and its appendices, naming the first place', async () => {
    const ap = original('phu-luc-2.yaml').replace('id: PL2.1.1', 'id: IV.4');
    expect(await errors({ 'phu-luc-2.yaml': ap })).toMatchObject([
      {
        code: 'duplicate-id',
        file: 'phu-luc-2.yaml',
        params: { kind: 'task', id: 'IV.4', first: 'plan.yaml:48' },
      },
    ]);
    const units = original('units.yaml').replace('id: tdp-2', 'id: tdp-1');
    expect(await errors({ 'units.yaml': units })).toMatchObject([
      { code: 'duplicate-id', params: { kind: 'unit', id: 'tdp-1' } },
    ]);
  });

  it('lead-is-support at the support entry', async () => {
    const plan = original('plan.yaml').replace('support: ["@to-dan-pho"]', 'support: ["@to-dan-pho", vhxh]');
    expect(await errors({ 'plan.yaml': plan })).toMatchObject([
      { code: 'lead-is-support', line: 44, params: { ref: 'vhxh', task: 'IV.2.a' } },
    ]);
  });

  it('appendix-missing, appendix-unlisted and appendix-id-mismatch', async () => {
    const plan = original('plan.yaml').replace('file: phu-luc-2.yaml', 'file: phu-luc-3.yaml');
    const found = (await errors({ 'plan.yaml': plan })).map((d) => `${d.code} ${d.file}`);
    expect(found).toEqual(['appendix-unlisted phu-luc-2.yaml', 'appendix-missing plan.yaml']);
    expect(
      await errors({ 'phu-luc-1.yaml': original('phu-luc-1.yaml').replace('id: PL1\n', 'id: PL9\n') }),
    ).toMatchObject([{ code: 'appendix-id-mismatch', line: 3 }]);
  });

  it('appendix-empty is a warning', async () => {
    const found = await check({ 'phu-luc-2.yaml': 'id: PL2\ntitle: Biện pháp\nmeasures: []\n' });
    expect(found).toContainEqual(
      expect.objectContaining({ code: 'appendix-empty', severity: 'warning', file: 'phu-luc-2.yaml' }),
    );
  });

  it('a draft with a number, an issued plan without a date', async () => {
    const draft = original('plan.yaml').replace('number: null ', 'number: 12/KH-UBND ');
    expect(await errors({ 'plan.yaml': draft })).toMatchObject([
      { code: 'draft-with-number', params: { field: 'number' } },
    ]);
    const issued = original('plan.yaml')
      .replace('status: draft', 'status: issued')
      .replace('number: null ', 'number: 12/KH-UBND ');
    expect(await errors({ 'plan.yaml': issued })).toMatchObject([
      { code: 'issued-without-number', params: { field: 'date' } },
    ]);
  });

  it('group-empty and reporting-empty are warnings', async () => {
    const plan = original('plan.yaml').replace('units: "@co-quan-don-vi"', 'units: "@llvt"');
    const found = (await check({ 'plan.yaml': plan })).map((d) => `${d.severity} ${d.code}`);
    expect(found).toEqual(['warning reporting-empty', 'warning group-empty']);
  });

  it('units-missing when units.yaml is absent, without a flood of unknown units', async () => {
    const dir = planCopy(MAU);
    const folder = await readPlanFolder(dir, dir);
    folder.units = null;
    expect(
      checkFolder(folder, '2026-06-10')
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.code),
    ).toEqual(['units-missing']);
  });

  it('reports every problem of a file in one run, schema and rules together', async () => {
    const plan = original('plan.yaml')
      .replace('    lead: ktht ', '    lead: kth ')
      .replace('mode: requested', 'mode: requsted')
      .replace('title: CHỦ TỊCH', 'titel: CHỦ TỊCH');
    expect((await errors({ 'plan.yaml': plan })).map((d) => d.code).sort()).toEqual([
      'schema-enum',
      'schema-required',
      'schema-unknown-property',
      'unknown-unit',
    ]);
  });

  it('bad-time-phrase names the phrase and the closest understood form', async () => {
    const plan = original('plan.yaml').replace('time: Thường xuyên', 'time: Thuong xuyen lam');
    expect(await errors({ 'plan.yaml': plan })).toMatchObject([
      {
        code: 'bad-time-phrase',
        line: 37,
        col: 11,
        params: { phrase: 'Thuong xuyen lam', suggestion: 'Thường xuyên' },
      },
    ]);
  });

  it("submitted-in-future compares with today in the plan's zone: today itself is fine", async () => {
    const report = original('reports/2026-6t/tdp-1.yaml');
    expect(
      await errors({ 'reports/2026-6t/tdp-1.yaml': report.replace('"2026-06-03"', '"2026-06-10"') }),
    ).toEqual([]);
    expect(
      await errors({ 'reports/2026-6t/tdp-1.yaml': report.replace('"2026-06-03"', '"2026-06-11"') }),
    ).toMatchObject([{ code: 'submitted-in-future', params: { date: '11/06/2026', today: '10/06/2026' } }]);
  });

  it('report-indicator-not-owed and report-indicator-ratio', async () => {
    const report = original('reports/2026-6t/tdp-1.yaml');
    const units = original('units.yaml').replace('kinds: [to-dan-pho]', 'units: [tdp-2]');
    expect(
      (
        await errors({
          'units.yaml': units,
          'reports/2026-6t/tdp-1.yaml': report
            .replace('- task: II.1', '- task: II.1')
            .replace(/ {2}- task: PL1\.1\.1[\s\S]*?(?=indicators)/, ''),
        })
      ).map((d) => d.code),
    ).toContain('report-indicator-not-owed');
    expect(
      await errors({
        'reports/2026-6t/tdp-1.yaml': report.replace('{value: 0, of: 1}', '{value: 2, of: 1}'),
      }),
    ).toMatchObject([{ code: 'report-indicator-ratio' }]);
  });

  it('an attachment belongs to the unit whose id begins its name', async () => {
    const { unitOfFileName: unitOfAttachment } = await import('../../src/model/plan.js');
    const dir = planCopy(MAU);
    const plan = checkFolder(await readPlanFolder(dir, dir), '2026-06-10').plan;
    expect(unitOfAttachment(plan, 'tdp-1-ban-ky.pdf')).toBe('tdp-1');
    expect(unitOfAttachment(plan, 'vhxh.pdf')).toBe('vhxh');
    expect(unitOfAttachment(plan, 'tdp-10.pdf')).toBeUndefined();
    expect(unitOfAttachment(plan, 'scan.pdf')).toBeUndefined();
  });

  it('deadline-on-weekend and deadline-before-start are warnings', async () => {
    const ap = original('phu-luc-2.yaml').replace(
      'time: Trước ngày 30/9/2026',
      'time: Chậm nhất ngày 15/3/2026',
    );
    expect(await check({ 'phu-luc-2.yaml': ap })).toContainEqual(
      expect.objectContaining({
        code: 'deadline-on-weekend',
        severity: 'warning',
        file: 'phu-luc-2.yaml',
        params: { date: '15/03/2026', weekday: 0 },
      }),
    );
    const early = original('phu-luc-2.yaml').replace('time: Trước ngày 30/9/2026', 'time: Quý IV/2025');
    expect(await check({ 'phu-luc-2.yaml': early })).toContainEqual(
      expect.objectContaining({
        code: 'deadline-before-start',
        severity: 'warning',
        params: { date: '31/12/2025', start: '01/01/2026' },
      }),
    );
  });
});
