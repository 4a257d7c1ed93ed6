// Writes the README's tables of codes (Vietnamese and English) from the registry in
// src/check/registry.ts, between the <!-- codes:vi --> and <!-- codes:en --> markers.
// Run after `npm run build`: node scripts/readme-codes.mjs. A test fails when the README and the
// registry differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codesTable } from '../dist/check/registry.js';

const file = fileURLToPath(new URL('../README.md', import.meta.url));
let text = readFileSync(file, 'utf8');
for (const lang of ['vi', 'en']) {
  const re = new RegExp(`(<!-- codes:${lang} -->\\n)[\\s\\S]*?(\\n<!-- /codes:${lang} -->)`);
  if (!re.test(text))
    throw new Error(`README.md has no <!-- codes:${lang} --> … <!-- /codes:${lang} --> block`);
  text = text.replace(re, (_, open, close) => `${open}${codesTable(lang)}${close}`);
}
writeFileSync(file, text);
