// The CI templates a ward copies into its own plan repository, run as their CI would run them: each
// `run:` / `script:` line in order, in a fresh git repository holding a plan with a broken `lead` and
// the packed dcs in tools/, with npm's cache instead of the network. Each must fail, pointing at the line.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, ROOT, tempDir } from '../helpers/cli.js';

const CI = join(ROOT, 'templates/ci');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TARBALL = `dan-chu-co-so-${VERSION}.tgz`;

let packed: string;
let brokenLine: number;

/** A plan repository as a ward keeps it: the plan at its root, dcs's tarball in tools/, a git history. */
function wardRepo(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = join(tempDir(), 'ke-hoach');
  cpSync(join(FIXTURES, 'phuong-hu-cau'), dir, { recursive: true });
  mkdirSync(join(dir, 'tools'));
  copyFileSync(packed, join(dir, 'tools', TARBALL));
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=VHXH', '-c', 'user.email=vhxh@example.org', ...args], { cwd: dir });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'Kế hoạch');
  const plan = join(dir, 'plan.yaml');
  writeFileSync(plan, readFileSync(plan, 'utf8').replace('lead: "vhxh"', 'lead: "vhxx"'));
  // Global installs go to a prefix of the test's own; packages come from npm's cache (filled by npm ci).
  const prefix = join(dir, '..', 'npm-global');
  const env = {
    ...process.env,
    npm_config_prefix: prefix,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    CI: 'true',
  };
  return { dir, env };
}

/** Runs the lines as a CI runner does: one after another, stopping at the first that fails. */
function runLines(lines: string[], dir: string, env: NodeJS.ProcessEnv) {
  let out = '';
  for (const line of lines) {
    const r = spawnSync('bash', ['-c', line], { cwd: dir, env, encoding: 'utf8', timeout: 240000 });
    out += r.stdout + r.stderr;
    if (r.status !== 0) return { failedAt: line, status: r.status, out };
  }
  return { failedAt: null, status: 0, out };
}

beforeAll(() => {
  const dir = tempDir();
  const r = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT });
  expect(r.status, String(r.stderr)).toBe(0);
  packed = join(dir, TARBALL);
  const text = readFileSync(join(FIXTURES, 'phuong-hu-cau/plan.yaml'), 'utf8');
  brokenLine = text.split('\n').findIndex((l) => l.includes('lead: "vhxh"')) + 1;
}, 120000);

describe('CI templates for a ward plan repository', () => {
  it('every template installs the dcs of this version from the tarball in tools/', () => {
    for (const f of ['github-actions.yml', 'gitlab-ci.yml', 'pre-commit'])
      expect(readFileSync(join(CI, f), 'utf8'), f).toContain(`./tools/${TARBALL}`);
  });

  it('GitHub Actions: the check step fails with an annotation on the broken line', () => {
    const workflow = parse(readFileSync(join(CI, 'github-actions.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
    };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    expect(steps.map((s) => s.uses).filter(Boolean)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
    ]);
    const { dir, env } = wardRepo();
    const r = runLines(
      steps.flatMap((s) => (s.run ? [s.run] : [])),
      dir,
      env,
    );
    expect(r.failedAt).toBe('dcs check --format github');
    expect(r.out).toContain(`::error file=plan.yaml,line=${brokenLine},col=`);
    expect(r.out).toContain('[unknown-unit]');
  }, 300000);

  it('GitLab CI: the job fails on errors and leaves a Code Quality report naming the line', () => {
    const config = parse(readFileSync(join(CI, 'gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { script: string[]; artifacts: { reports: { codequality: string } } }
    >;
    const job = config.dcs!;
    const { dir, env } = wardRepo();
    const r = runLines(job.script, dir, env);
    expect(r.failedAt).toBe('dcs check');
    expect(r.out).toMatch(new RegExp(`plan\\.yaml:${brokenLine}:\\d+  lỗi  unknown-unit`));
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as {
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(report.find((x) => x.check_name === 'unknown-unit')!.location).toEqual({
      path: 'plan.yaml',
      lines: { begin: brokenLine },
    });
  }, 300000);

  it('pre-commit hook: refuses the commit of a broken plan, saying where; lets a good one through', () => {
    const { dir, env } = wardRepo();
    // Installed as its comment says, with dcs installed as the templates install it.
    const setup = readFileSync(join(CI, 'pre-commit'), 'utf8')
      .split('\n')
      .filter((l) => /^#\s{3}/.test(l))
      .map((l) => l.replace(/^#\s+/, ''));
    copyFileSync(join(CI, 'pre-commit'), join(dir, 'pre-commit'));
    const install = runLines([...setup, `npm install --global ./tools/${TARBALL}`], dir, env);
    expect(install.failedAt).toBe(null);
    const commit = () =>
      spawnSync('git', ['-c', 'user.name=VHXH', '-c', 'user.email=v@example.org', 'commit', '-qam', 'Sửa'], {
        cwd: dir,
        env,
        encoding: 'utf8',
      });
    const refused = commit();
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(
      new RegExp(`plan\\.yaml:${brokenLine}:\\d+  lỗi  unknown-unit`),
    );
    const plan = join(dir, 'plan.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8').replace('lead: "vhxx"', 'lead: "vhxh"')}# đã sửa\n`);
    const accepted = commit();
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
  }, 300000);
});
