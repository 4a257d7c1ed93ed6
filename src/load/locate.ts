// A JSON pointer into a file's data → the line and column of the YAML node it names. Walks the
// document's maps and sequences; where the pointer goes past what exists (a missing property),
// stops at the nearest existing ancestor.
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { YamlFile } from './yaml.js';
import { splitPointer } from '../util/pointer.js';

export interface Position {
  line: number;
  col: number;
}

export function locate(file: YamlFile, pointer: string, at: 'key' | 'value' = 'value'): Position {
  const root = file.doc?.contents;
  let node: Node | null | undefined = root;
  let keyNode: Node | null = null;
  for (const segment of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
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
  const offset = target?.range?.[0] ?? 0;
  return file.lineCounter.linePos(offset);
}
