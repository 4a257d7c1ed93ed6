import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/cli/progress.js';
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
    const p = readProgress(term, 'vi', () => now);
    p.total(300);
    for (let k = 0; k < 300; k++) {
      now = k * 10; // 10 ms a file: 3 s in all
      p.file(k < 150 ? '2026-6t' : '2026-9t');
    }
    p.stage('Đang ghi biểu tổng hợp…');
    p.end();
    expect(err[0]).toBe('\r\x1b[KĐang đọc báo cáo 101/300 · reports/2026-6t');
    expect(err).toContain('\r\x1b[KĐang đọc báo cáo 201/300 · reports/2026-9t');
    expect(err).toHaveLength(2 * 10 + 2);
    expect(err.at(-2)).toBe('\r\x1b[KĐang ghi biểu tổng hợp…');
    expect(err.at(-1)).toBe('\r\x1b[K');
  });

  it('says nothing when the work is quick, or off a terminal or in CI', () => {
    let now = 0;
    const quick = io(true);
    const p = readProgress(quick.io, 'en', () => now);
    p.total(50);
    for (let k = 0; k < 50; k++) p.file('2026-6t');
    now = 900;
    p.stage('Writing the summary workbook…');
    p.end();
    expect(quick.err).toEqual([]);
    const off = io(false);
    const q = readProgress(off.io, 'en', () => (now += 500));
    q.total(50);
    for (let k = 0; k < 50; k++) q.file('2026-6t');
    q.stage('Writing the summary workbook…');
    q.end();
    expect(off.err).toEqual([]);
  });
});
