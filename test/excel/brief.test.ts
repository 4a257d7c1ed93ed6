import { describe, expect, it } from 'vitest';
import { brief } from '../../src/excel/write-summary.js';

describe('brief: a task named in a table, the plan holding its full text', () => {
  it('keeps a short text whole, with its spaces made single', () => {
    expect(brief('Tham mưu  bố trí\nkinh phí.', 110)).toBe('Tham mưu bố trí kinh phí.');
  });
  it('cuts at the last clause break past the first third', () => {
    const s =
      'Thực hiện hiệu quả công tác tiếp dân, giải quyết khiếu nại; phối hợp với các cơ quan, đơn vị tham mưu xử lý đơn thư';
    expect(brief(s, 80)).toBe('Thực hiện hiệu quả công tác tiếp dân, giải quyết khiếu nại…');
  });
  it('else at the last whole word, never inside one, and never ends on a comma', () => {
    const s =
      'Phối hợp, tạo điều kiện thuận lợi để Mặt trận Tổ quốc Việt Nam và các đoàn thể phường tổ chức triển khai';
    const b = brief(s, 60);
    expect(b.length).toBeLessThanOrEqual(60);
    expect(b).toBe('Phối hợp, tạo điều kiện thuận lợi để Mặt trận Tổ quốc Việt…');
  });
  it('cuts a text with no spaces at the limit', () => {
    expect(brief('x'.repeat(200), 50)).toBe(`${'x'.repeat(49)}…`);
  });
});
