// YAML text → data, with every value traceable to its line and column. Parsing follows the safe
// options of the engineering notes: YAML 1.2 core schema (no dates, no yes/no booleans), unique
// keys, and aliases expanded only within a bound.
// Only this module loads the YAML library: a file found in the cache (load/cache.ts) needs none of it.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { diag } from '../model/diagnostic.js';
import { escapeSegment } from './locate.js';
import { decodeText } from './text.js';
import { MAP, SCALAR, SEQ, type IndexNode, type SourceIndex, type YamlFile } from './yaml-file.js';

const MAX_ALIASES = 100;
const MAX_DEPTH = 50;

/** How deeply a value nests, counted only up to just past the limit. */
function depth(v: unknown, level: number): number {
  if (level > MAX_DEPTH || typeof v !== 'object' || v === null) return level;
  let max = level;
  for (const x of Object.values(v)) {
    max = Math.max(max, depth(x, level + 1));
    if (max > MAX_DEPTH) break;
  }
  return max;
}

function yamlDiagnostic(
  file: string,
  e: YAMLError,
  lc: LineCounter,
  text: string,
  severity: 'error' | 'warning',
): Diagnostic {
  const pos = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
  const where = { line: pos.line, col: pos.col };
  const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const rest = text.slice(e.pos[0]).split('\n')[0]!;
      const g = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]*?))\s*:/.exec(rest);
      const key = g?.[1] ?? g?.[2] ?? g?.[3] ?? rest.trim();
      return diag(file, severity, 'duplicate-key', { key }, where);
    }
    case 'TAB_AS_INDENT':
      return diag(file, severity, 'yaml-tab', {}, where);
    case 'MULTIPLE_DOCS':
      return diag(file, severity, 'multiple-documents', {}, where);
    // The parser gives up on thousands of nested brackets: say that, not "call stack exceeded".
    case 'RESOURCE_EXHAUSTION':
      return diag(file, severity, 'yaml-too-deep', {}, where);
    case 'BAD_SCALAR_START': {
      const rest = text.slice(e.pos[0]).split('\n')[0]!.trim();
      if (rest.startsWith('@'))
        return diag(file, severity, 'unquoted-at', { value: rest.replace(/\s+#.*$/, '') }, where);
      return diag(file, severity, 'yaml-syntax', { detail }, where);
    }
    default: {
      const reason = REASONS[e.code]?.(e.message);
      return diag(file, severity, 'yaml-syntax', { detail, ...(reason ? { reason } : {}) }, where);
    }
  }
}

/** yaml's error codes → the reasons the messages explain in the user's language. */
const REASONS: Partial<Record<string, (message: string) => string>> = {
  BAD_INDENT: (m) => (/^Flow (sequence|map)/.test(m) ? 'unclosed-flow' : 'indent'),
  BLOCK_AS_IMPLICIT_KEY: () => 'two-colons',
  MULTILINE_IMPLICIT_KEY: () => 'multiline-key',
  BLOCK_IN_FLOW: () => 'block-in-flow',
  MISSING_CHAR: (m) => (/quote/.test(m) ? 'unclosed-quote' : 'missing-char'),
  UNEXPECTED_TOKEN: () => 'unexpected',
};

/** Where every value of the document is written (see SourceIndex). Walks with a stack, not by
 * recursion: a document nested thousands deep must not exhaust the call stack. */
function indexOf(doc: Document, lineCounter: LineCounter): SourceIndex {
  const nodes: IndexNode[] = [];
  const seen = new Set<string>();
  const at = (n: { range?: unknown } | null | undefined): number =>
    Array.isArray(n?.range) && typeof n.range[0] === 'number' ? n.range[0] : 0;
  const stack: [Node | null, string, number][] = [[doc.contents, '', -1]];
  while (stack.length > 0) {
    const [node, pointer, keyOffset] = stack.pop()!;
    nodes.push([pointer, keyOffset, at(node), isMap(node) ? MAP : isSeq(node) ? SEQ : SCALAR]);
    const children: [Node | null, string, number][] = [];
    if (isMap(node)) {
      for (const p of node.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const child = `${pointer}/${escapeSegment(String(p.key.value))}`;
        if (seen.has(child)) continue; // a duplicate key: the first is the one found
        seen.add(child);
        // A key without a value stands for it.
        children.push([(p.value as Node | null) ?? p.key, child, at(p.key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item) children.push([item as Node, `${pointer}/${i}`, -1]);
      });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { lineStarts: lineCounter.lineStarts, nodes };
}

/** Parses one YAML file's bytes. Pure: the caller reads the file. */
export function parseYaml(bytes: Uint8Array, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const decoded = decodeText(bytes, file);
  const result: YamlFile = {
    file,
    text: decoded.text,
    data: undefined,
    diagnostics: [...decoded.diagnostics],
    index: null,
  };
  const text = decoded.text;
  if (text === null) return result;
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      schema: 'core',
      resolveKnownTags: false,
      uniqueKeys: true,
      prettyErrors: true,
      keepSourceTokens: false,
    });
  } catch (e) {
    // The parser recurses: thousands of nested brackets exhaust the stack before any error is found.
    result.diagnostics.push(
      diag(
        file,
        'error',
        e instanceof RangeError ? 'yaml-too-deep' : 'yaml-syntax',
        e instanceof RangeError ? {} : { detail: String(e) },
        { line: 1, col: 1 },
      ),
    );
    return result;
  }
  result.index = indexOf(doc, lineCounter);
  // A syntax error makes the parser stumble on for a while: report the first one, which is the
  // one to fix; duplicate keys are independent of each other and are all reported.
  // An unclosed bracket or quote explains everything after it, so it goes first.
  const unclosed = (e: YAMLError) =>
    (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) ||
    (e.code === 'BAD_INDENT' && /^Flow /.test(e.message));
  const syntax = doc.errors.find((e) => unclosed(e)) ?? doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  for (const e of doc.errors)
    if (e === syntax || e.code === 'DUPLICATE_KEY')
      result.diagnostics.push(yamlDiagnostic(file, e, lineCounter, text, 'error'));
  for (const w of doc.warnings)
    result.diagnostics.push(yamlDiagnostic(file, w, lineCounter, text, 'warning'));
  // A duplicate key leaves the rest of the file readable: go on, so one run reports every problem.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return result;
  if (doc.contents === null) {
    result.diagnostics.push(diag(file, 'error', 'empty-file', {}, { line: 1, col: 1 }));
    return result;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const alias = e instanceof Error && /excessive alias count/i.test(e.message);
    const code = alias ? 'alias-bomb' : e instanceof RangeError ? 'yaml-too-deep' : 'yaml-syntax';
    result.diagnostics.push(
      diag(file, 'error', code, code === 'yaml-syntax' ? { detail: String((e as Error).message) } : {}, {
        line: 1,
        col: 1,
      }),
    );
    return result;
  }
  // Every reader after this one recurses into the data: a plan nests a handful of levels, never hundreds.
  if (depth(data, 0) > MAX_DEPTH)
    result.diagnostics.push(diag(file, 'error', 'yaml-too-deep', {}, { line: 1, col: 1 }));
  else result.data = data;
  return result;
}
