import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/yaml.js';
import { locate } from '../../src/load/locate.js';

const parse = (text: string) => parseYaml(Buffer.from(text, 'utf8'), 'f.yaml');
const codes = (text: string) => parse(text).diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`);

describe('parseYaml', () => {
  it('keeps dates, yes/no and leading zeros as written (YAML 1.2 core schema)', () => {
    expect(parse('a: 2026-06-05\nb: yes\nc: 010\nd: "@g"\n').data).toEqual({
      a: '2026-06-05',
      b: 'yes',
      c: 10,
      d: '@g',
    });
    expect(parse('%YAML 1.1\n---\na: 2026-06-05\nb: yes\n').data).toEqual({ a: '2026-06-05', b: 'yes' });
  });

  it('reports a duplicate key at the second occurrence and still reads the rest', () => {
    const r = parse('id: a\nname: x\nid: b\n');
    expect(r.diagnostics).toMatchObject([{ code: 'duplicate-key', line: 3, col: 1, params: { key: 'id' } }]);
    expect(r.data).toBeDefined();
  });

  it('reports tabs, several documents and syntax errors with positions', () => {
    expect(codes('a:\n\t- b\n')[0]).toMatch(/^yaml-(tab|syntax)@2:/);
    expect(codes('a: 1\n---\nb: 2\n')).toEqual(['multiple-documents@2:1']);
    expect(codes('a: [1, 2\nb: 3\n')[0]).toMatch(/^yaml-syntax@/);
  });

  it('asks for quotes around a value starting with @', () => {
    const r = parse('lead: @to-dan-pho\n');
    expect(r.diagnostics[0]).toMatchObject({
      code: 'unquoted-at',
      line: 1,
      col: 7,
      params: { value: '@to-dan-pho' },
    });
  });

  it('refuses to expand an alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const r = parse(`${bomb}\n`);
    expect(r.data).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['alias-bomb']);
  });

  it('reports an empty or comment-only file', () => {
    expect(codes('')).toEqual(['empty-file@1:1']);
    expect(codes('# chỉ có chú thích\n')).toEqual(['empty-file@1:1']);
  });

  it('keeps __proto__ as an own key without polluting Object.prototype', () => {
    const r = parse('__proto__:\n  polluted: true\nid: x\n');
    expect(Object.keys(r.data as object)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('locate', () => {
  const f = parse('tasks:\n  - id: II.1\n    lead: vhx\n  - id: "a/b"\n    support: [x, y]\n');
  it('finds values, keys and list items', () => {
    expect(locate(f, '/tasks/0/lead')).toEqual({ line: 3, col: 11 });
    expect(locate(f, '/tasks/0/lead', 'key')).toEqual({ line: 3, col: 5 });
    expect(locate(f, '/tasks/1/support/1')).toEqual({ line: 5, col: 18 });
  });
  it('falls back to the nearest existing ancestor', () => {
    expect(locate(f, '/tasks/1/missing')).toEqual({ line: 4, col: 5 });
    expect(locate(f, '/tasks/9')).toEqual({ line: 2, col: 3 });
  });
});
