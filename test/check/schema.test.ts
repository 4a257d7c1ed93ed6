import { describe, expect, it } from 'vitest';
import { validateSchema } from '../../src/check/schema.js';

const report = {
  unit: 'tdp-1',
  period: '2026-6t',
  submitted: '2026-06-03',
  tasks: [{ task: 'II.1', status: 'hoan-thanh' }],
};
const run = (data: unknown, source: string | undefined = undefined) =>
  validateSchema('report', data, 'r.yaml', () => source);

describe('validateSchema', () => {
  it('accepts a valid report', () => {
    expect(run(report)).toEqual([]);
  });

  it('points a missing field at its parent and an unknown field at its key, with the nearest name', () => {
    const { submitted, ...rest } = report;
    expect(run(rest)).toMatchObject([
      { code: 'schema-required', pointer: '', params: { property: 'submitted' } },
    ]);
    expect(run({ ...report, sumbitted: 'x' })).toMatchObject([
      {
        code: 'schema-unknown-property',
        pointer: '/sumbitted',
        at: 'key',
        params: { suggestion: 'submitted' },
      },
    ]);
  });

  it('asks to quote an id written as a number, showing it as written', () => {
    const d = run({ ...report, tasks: [{ task: 1.1, status: 'hoan-thanh' }] }, '1.10');
    expect(d).toMatchObject([
      { code: 'schema-type', pointer: '/tasks/0/task', params: { expected: 'string', quote: '1.10' } },
    ]);
  });

  it('lists the allowed values of an enum and suggests the nearest', () => {
    expect(run({ ...report, tasks: [{ task: 'II.1', status: 'hoan-thnh' }] })).toMatchObject([
      { code: 'schema-enum', params: { value: 'hoan-thnh', suggestion: 'hoan-thanh' } },
    ]);
  });

  it('tells a malformed date from an impossible one', () => {
    expect(run({ ...report, submitted: '3/6/2026' })).toMatchObject([
      { code: 'schema-pattern', params: { what: 'date' } },
    ]);
    expect(run({ ...report, submitted: '2026-02-30' })).toMatchObject([
      { code: 'impossible-date', params: { value: '2026-02-30' } },
    ]);
    expect(run({ ...report, submitted: '2028-02-29' })).toEqual([]);
  });

  it('accepts an indicator as a number or {value, of}, and nothing else', () => {
    expect(run({ ...report, indicators: { a: 3, b: { value: 28, of: 30 } } })).toEqual([]);
    expect(run({ ...report, indicators: { a: '3' } })).toMatchObject([
      { code: 'schema-type', pointer: '/indicators/a' },
    ]);
    expect(run({ ...report, indicators: { b: { value: 28 } } })).toMatchObject([
      { code: 'schema-required', params: { property: 'of' } },
    ]);
  });

  it('reports __proto__ as an unknown field', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}}') as object;
    expect(run({ ...report, ...data })).toMatchObject([
      { code: 'schema-unknown-property', params: { property: '__proto__' } },
    ]);
  });
});
