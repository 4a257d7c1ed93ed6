import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, dcs, tempDir } from '../helpers/cli.js';

describe('dcs init', () => {
  it('makes a plan folder for another ward that dcs check passes at once', async () => {
    const dir = join(tempDir(), 'hong-bang');
    const r = await dcs(['init', dir, '--ward', 'Phường Hồng Bàng']);
    expect(r.code).toBe(0);
    const { code, diagnostics } = await checkJson(dir);
    expect(code).toBe(0);
    expect(diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual([
      'warning appendix-empty',
      'warning appendix-empty',
      'warning group-empty',
    ]);
    const plan = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(plan).toContain('id: hong-bang-dcs-2026');
    expect(plan).toContain('name: Ủy ban nhân dân phường Hồng Bàng');
    expect(plan).toContain('place: Hồng Bàng');
    for (const f of ['plan.yaml', 'units.yaml', 'phu-luc-1.yaml', 'phu-luc-2.yaml']) {
      const ref = /\$schema=(\S+)/.exec(readFileSync(join(dir, f), 'utf8'))![1]!;
      expect(existsSync(resolve(dirname(join(dir, f)), ref)), f).toBe(true);
    }
  });

  it('names the economy office of a commune as a commune does', async () => {
    const dir = join(tempDir(), 'an-lao');
    await dcs(['init', dir, '--ward', 'Xã An Lão']);
    expect(readFileSync(join(dir, 'units.yaml'), 'utf8')).toContain('name: Phòng Kinh tế\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('short: UBND xã An Lão');
  });

  it('refuses a folder that is not empty, and asks for what is missing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ghi-chu.txt'), 'x');
    expect((await dcs(['init', dir, '--ward', 'Phường X'])).code).toBe(2);
    expect(readFileSync(join(dir, 'ghi-chu.txt'), 'utf8')).toBe('x');
    expect((await dcs(['init', join(tempDir(), 'p')])).stderr).toContain('--ward');
    expect((await dcs(['init', '--ward', 'Phường X'])).code).toBe(2);
  });
});
