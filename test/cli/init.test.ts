import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, dcs, ROOT, tempDir } from '../helpers/cli.js';

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
      'warning placeholder-text',
      'warning group-empty',
    ]);
    const plan = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(plan).toContain('id: hong-bang-dcs-2026');
    expect(plan).toContain('name: Ủy ban nhân dân phường Hồng Bàng');
    expect(plan).toContain('place: Hồng Bàng');
    // Applies from today in Hải Phòng (the test clock: 10/06/2026).
    expect(plan).toMatch(/^start: "2026-06-10"/m);
    expect(readFileSync(join(dir, 'units.yaml'), 'utf8')).toContain(
      'name: Các tổ dân phố\n    kinds: [to-dan-pho]',
    );
    for (const f of ['plan.yaml', 'units.yaml', 'phu-luc-1.yaml', 'phu-luc-2.yaml']) {
      const ref = /\$schema=(\S+)/.exec(readFileSync(join(dir, f), 'utf8'))![1]!;
      expect(existsSync(resolve(dirname(join(dir, f)), ref)), f).toBe(true);
    }
  });

  it('names the economy office and the thôn of a commune as a commune does', async () => {
    const dir = join(tempDir(), 'an-lao');
    await dcs(['init', dir, '--ward', 'xã  An Lão']);
    const units = readFileSync(join(dir, 'units.yaml'), 'utf8');
    expect(units).toContain('name: Phòng Kinh tế\n');
    expect(units).toContain('- id: thon\n    name: Các thôn\n    kinds: [thon]');
    expect(units).not.toContain('tổ dân phố');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('short: UBND xã An Lão');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/^# .*— Xã An Lão$/m);
    const special = join(tempDir(), 'cat-hai');
    expect((await dcs(['init', special, '--ward', 'Đặc khu Cát Hải'])).code).toBe(0);
    expect(readFileSync(join(special, 'units.yaml'), 'utf8')).toContain('kinds: [thon, to-dan-pho]');
    expect((await checkJson(special)).code).toBe(0);
  });

  it('made in November, owes nothing overdue on day one; --start sets another day', async () => {
    const november = new Date('2026-11-20T03:00:00Z');
    const dir = join(tempDir(), 'xa-thu');
    expect((await dcs(['init', dir, '--ward', 'Xã Thử Nghiệm'], { now: november })).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toMatch(/^start: "2026-11-20"/m);
    const due = await dcs(['due', '--plan', dir, '--fail-on-overdue', '--format', 'json'], { now: november });
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout)).toEqual([]);
    const early = join(tempDir(), 'xa-som');
    await dcs(['init', early, '--ward', 'Xã Thử Nghiệm', '--start', '01/01/2026'], { now: november });
    expect(readFileSync(join(early, 'plan.yaml'), 'utf8')).toMatch(/^start: "2026-01-01"/m);
    expect((await dcs(['due', '--plan', early, '--fail-on-overdue'], { now: november })).code).toBe(1);
    const bad = await dcs(['init', join(tempDir(), 'x'), '--ward', 'Xã X', '--start', '31/02/2026']);
    expect(bad.code).toBe(2);
  });

  it('refuses a name that is not a phường, xã or đặc khu, saying what to write', async () => {
    for (const ward of ['Thử Nghiệm', 'Thị trấn Núi Đèo', 'Phường', 'Xã ']) {
      const dir = join(tempDir(), 'x');
      const r = await dcs(['init', dir, '--ward', ward]);
      expect(r.code, ward).toBe(2);
      expect(r.stderr, ward).toMatch(
        /không bắt đầu bằng "Phường", "Xã" hoặc "Đặc khu"|Cần tên phường|Thiếu tên sau "(Phường|Xã)"/,
      );
      expect(existsSync(dir), ward).toBe(false);
    }
    const en = await dcs(['init', join(tempDir(), 'x'), '--ward', 'Test', '--lang', 'en']);
    expect(en.stderr).toContain('does not begin with "Phường", "Xã" or "Đặc khu"');
  });

  it('the signer placeholder is a warning until replaced', async () => {
    const dir = join(tempDir(), 'p');
    await dcs(['init', dir, '--ward', 'Phường Hồng Bàng']);
    const plan = join(dir, 'plan.yaml');
    const text = readFileSync(plan, 'utf8');
    const placeholder = (await checkJson(dir)).diagnostics.find((d) => d.code === 'placeholder-text')!;
    expect(placeholder.line).toBe(text.split('\n').findIndex((l) => l.includes('(họ và tên)')) + 1);
    writeFileSync(plan, text.replace('(họ và tên)', 'Nguyễn Văn Bình'));
    expect((await checkJson(dir)).diagnostics.map((d) => d.code)).not.toContain('placeholder-text');
  });

  it('writes VS Code settings that map every schema to its files', async () => {
    const dir = join(tempDir(), 'p');
    await dcs(['init', dir, '--ward', 'Phường Hồng Bàng']);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    const globs = Object.entries(settings['yaml.schemas']);
    for (const [schema] of globs) expect(existsSync(join(dir, schema)), schema).toBe(true);
    // Each of the folder's YAML files (and a report) is matched by exactly the schema its $schema line names.
    const match = (file: string) =>
      globs
        .filter(([, gs]) =>
          gs.some((g) => new RegExp(`^${g.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(file)),
        )
        .map(([schema]) => schema);
    for (const f of ['plan.yaml', 'units.yaml', 'phu-luc-1.yaml', 'phu-luc-2.yaml']) {
      const ref = /\$schema=(\S+)/.exec(readFileSync(join(dir, f), 'utf8'))![1]!;
      expect(match(f), f).toEqual([`./${ref}`]);
    }
    expect(match('reports/2026-6t/vhxh.yaml')).toEqual(['./schemas/report.schema.json']);
  });

  it('refuses a folder that is not empty, and asks for what is missing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ghi-chu.txt'), 'x');
    expect((await dcs(['init', dir, '--ward', 'Phường X'])).code).toBe(2);
    expect(readFileSync(join(dir, 'ghi-chu.txt'), 'utf8')).toBe('x');
    expect((await dcs(['init', join(tempDir(), 'p')])).stderr).toContain('--ward');
    expect((await dcs(['init', '--ward', 'Phường X'])).code).toBe(2);
  });

  it("the README's worked example of typing a task passes check in a new plan", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const task = /thì gõ:\n\n```yaml\n([^]*?)```/.exec(readme)![1]!;
    const dir = join(tempDir(), 'p');
    await dcs(['init', dir, '--ward', 'Phường Thử Nghiệm']);
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('appendices:\n', `${task}appendices:\n`));
    const { code, diagnostics } = await checkJson(dir);
    expect(code).toBe(0);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const tasks = await dcs(['tasks', '--plan', dir, '--unit', 'vhxh', '--format', 'json']);
    expect(tasks.stdout).toContain('IV.2.a');
  });
});
