// Copies bench/latest.md (written by `npm run bench`) into README.md, between the markers
// <!-- bench:start --> and <!-- bench:end --> (each language's development section has a pair).
//   node scripts/bench-readme.mjs [LATEST.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function quoteInReadme(latest, readme = fileURLToPath(new URL('../README.md', import.meta.url))) {
  const table = readFileSync(latest, 'utf8').trim();
  const text = readFileSync(readme, 'utf8');
  const next = text.replace(
    /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/g,
    (_, start, end) => `${start}\n\n${table}\n\n${end}`,
  );
  if (next !== text) writeFileSync(readme, next);
  return next !== text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const latest = process.argv[2] ?? fileURLToPath(new URL('../bench/latest.md', import.meta.url));
  console.log(quoteInReadme(latest) ? 'README.md updated' : 'README.md unchanged');
}
