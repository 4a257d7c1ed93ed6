import { describe, expect, it } from 'vitest';
import { formProgress } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/io.js';

function io(progress: boolean): { io: Io; err: string[] } {
  const err: string[] = [];
  return {
    err,
    io: {
      cwd: '/',
      env: {},
      now: new Date(0),
      isTTY: true,
      progress,
      stdout: () => undefined,
      stderr: (s) => err.push(s),
    },
  };
}

describe('progress of long reading', () => {
  it('shows after a second, at most ten times a second, and is erased at the end', () => {
    let now = 0;
    const { io: term, err } = io(true);
    const p = formProgress(term, 'vi', () => now);
    for (let k = 0; k < 300; k++) {
      now = k * 10; // 10 ms a form: 3 s in all
      p.step(k, 300, '2026-6t');
    }
    p.end();
    expect(err[0]).toBe('\r\x1b[KĐang đọc biểu mẫu 100/300 · reports/2026-6t');
    expect(err).toHaveLength(2 * 10 + 1);
    expect(err.at(-1)).toBe('\r\x1b[K');
  });

  it('says nothing when the work is quick, or off a terminal or in CI', () => {
    let now = 0;
    const quick = io(true);
    const p = formProgress(quick.io, 'en', () => now);
    for (let k = 0; k < 50; k++) p.step(k, 50, '2026-6t');
    now = 900;
    p.end();
    expect(quick.err).toEqual([]);
    const off = io(false);
    const q = formProgress(off.io, 'en', () => (now += 500));
    for (let k = 0; k < 50; k++) q.step(k, 50, '2026-6t');
    q.end();
    expect(off.err).toEqual([]);
  });
});
