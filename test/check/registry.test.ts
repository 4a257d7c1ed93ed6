// The codes as data: every code a message exists for is in the registry, every rule says which
// codes it reports, and the README's tables are the registry's (run scripts/readme-codes.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_TABLE, codesTable, RULES } from '../../src/check/registry.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { ROOT } from '../helpers/cli.js';

describe('the registry of codes', () => {
  it('names every code there is a message for, and only those', () => {
    const listed = new Set(CODE_TABLE.flatMap((g) => Object.keys(g.codes)));
    expect([...listed].sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it('gives every rule a name, codes, a description in both languages and a check', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(Object.keys(r.codes).length, r.name).toBeGreaterThan(0);
      expect(r.description.vi && r.description.en, r.name).toBeTruthy();
      expect(typeof r.run, r.name).toBe('function');
    }
  });

  it.each(['vi', 'en'] as const)("is the README's table of codes (%s)", (lang) => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = new RegExp(`<!-- codes:${lang} -->\\n([\\s\\S]*?)\\n<!-- /codes:${lang} -->`).exec(
      readme,
    )?.[1];
    expect(block, 'run: npm run build && node scripts/readme-codes.mjs').toBe(codesTable(lang));
  });
});
