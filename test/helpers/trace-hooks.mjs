import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.DCS_TRACE, `esm ${result.url}\n`);
  return result;
}
