// A JSON pointer into a file's data → the line and column of the YAML node it names. Follows the
// file's index (load/yaml-file.ts) through maps and sequences; where the pointer goes past what
// exists (a missing property), stops at the nearest existing ancestor.
import { splitPointer } from '../util/pointer.js';
import { MAP, SEQ, type IndexNode, type SourceIndex, type YamlFile } from './yaml-file.js';

export interface Position {
  line: number;
  col: number;
}

/** The 1-based line and column of `offset`, exactly as yaml's LineCounter#linePos gives them. */
export function linePos(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}

const byPointer = new WeakMap<SourceIndex, Map<string, IndexNode>>();
function nodesOf(index: SourceIndex): Map<string, IndexNode> {
  let map = byPointer.get(index);
  if (!map) {
    map = new Map();
    for (const n of index.nodes) if (!map.has(n[0])) map.set(n[0], n);
    byPointer.set(index, map);
  }
  return map;
}

/** A pointer segment escaped as JSON pointers escape it. */
export const escapeSegment = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

export function locate(file: YamlFile, pointer: string, at: 'key' | 'value' = 'value'): Position {
  const index = file.index;
  if (!index) return { line: 0, col: 0 };
  const nodes = nodesOf(index);
  let node = nodes.get('');
  let keyOffset = -1;
  for (const segment of splitPointer(pointer)) {
    if (!node) break;
    let child: IndexNode | undefined;
    if (node[3] === MAP) child = nodes.get(`${node[0]}/${escapeSegment(segment)}`);
    else if (node[3] === SEQ) {
      // As items[Number(segment)] would: "01" and "1.0" name item 1, "-1" and "x" nothing.
      const i = Number(segment);
      child = Number.isInteger(i) && i >= 0 ? nodes.get(`${node[0]}/${i}`) : undefined;
    }
    if (!child) break;
    node = child;
    keyOffset = child[1];
  }
  const offset = at === 'key' && keyOffset >= 0 ? keyOffset : (node?.[2] ?? 0);
  return linePos(index.lineStarts, offset);
}
