import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  stringify,
  type Node,
  type Pair,
} from 'yaml';
import { parseYaml } from '../../src/load/yaml.js';
import { locate } from '../../src/load/locate.js';
import { splitPointer } from '../../src/util/pointer.js';

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

/** locate as it was written on yaml's nodes before the index (kept here as the reference). */
function locateOnNodes(text: string, pointer: string, at: 'key' | 'value' = 'value') {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, keepSourceTokens: false });
  let node: Node | null | undefined = doc.contents;
  let keyNode: Node | null = null;
  for (const segment of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair: Pair | undefined = node.items.find(
        (p: Pair) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment,
      );
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item) break;
      keyNode = null;
      node = item;
    } else break;
  }
  const target = at === 'key' && keyNode ? keyNode : node;
  return lineCounter.linePos(target?.range?.[0] ?? 0);
}

describe('the position index', () => {
  /** Every pointer into a value, plus some that go past it. */
  const pointers = (v: unknown, p = ''): string[] => {
    const here = [p, `${p}/missing`, `${p}/0`, `${p}/01`];
    if (Array.isArray(v)) return [...here, ...v.flatMap((x, i) => pointers(x, `${p}/${i}`))];
    if (v && typeof v === 'object')
      return [
        ...here,
        ...Object.entries(v).flatMap(([k, x]) =>
          pointers(x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`),
        ),
      ];
    return here;
  };
  const key = fc.oneof(
    fc.constantFrom('id', 'a/b', 'x~y', '1', 'null', '__proto__', 'tên'),
    fc.string({ maxLength: 4 }),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(null, true, 0, 1.5, '', 'text', '2026-06-05', '@vhxh'),
      fc.array(tie('v'), { maxLength: 4 }),
      fc.dictionary(key, tie('v'), { maxKeys: 4 }),
    ),
  })).v;

  it('places every pointer where the walk over yaml nodes placed it, in every layout', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('block', 'flow', 'mixed', 'dup'), (data, style) => {
        let text =
          style === 'flow'
            ? stringify(data, { collectionStyle: 'flow' })
            : style === 'mixed'
              ? stringify(data, { collectionStyle: 'any', flowCollectionPadding: false, indent: 4 })
              : stringify(data);
        // A duplicate key (the first is found) and a key with no value.
        if (style === 'dup' && data && typeof data === 'object' && !Array.isArray(data))
          text = `${text}${Object.keys(data)[0] ?? 'k'}: again\nempty:\n`;
        const file = parseYaml(Buffer.from(text), 'f.yaml');
        for (const p of [...pointers(data), '/empty', '/empty/x'])
          for (const at of ['key', 'value'] as const)
            expect([p, at, locate(file, p, at)]).toEqual([p, at, locateOnNodes(text, p, at)]);
      }),
      { numRuns: 300 },
    );
  });

  it('indexes a document nested thousands deep without running out of stack', () => {
    const deep = `${'- '.repeat(1)}${'['.repeat(3000)}${']'.repeat(3000)}\n`;
    expect(() => parseYaml(Buffer.from(deep), 'f.yaml')).not.toThrow();
  });
});
