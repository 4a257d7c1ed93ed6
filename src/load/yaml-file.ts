// A YAML file as every command sees it once read: its text, its data, what reading it found, and an
// index from each value's JSON pointer to where it is written. Plain data, so that it can be cached
// (load/cache.ts) and a cached file needs neither the YAML library nor a second parse.
import type { Diagnostic } from '../model/diagnostic.js';

/** Node kinds in the index: where a pointer can go on from. */
export const SCALAR = 0;
export const MAP = 1;
export const SEQ = 2;

/** One value of the document: its pointer, the offset of its key (-1 for the root and list items),
 * the offset of the value itself, and its kind. */
export type IndexNode = [pointer: string, keyOffset: number, valueOffset: number, kind: number];

export interface SourceIndex {
  /** Offsets where lines begin, as yaml's LineCounter records them. */
  lineStarts: number[];
  /** Every node reachable from the root without following aliases, the root first. A mapping's
   * duplicate key names its first value. */
  nodes: IndexNode[];
}

export interface YamlFile {
  /** The path as shown to the user (relative to the current folder). */
  file: string;
  text: string | null;
  /** The file's data, or undefined when it could not be read safely. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Where each value is written; null when the text could not be parsed at all. */
  index: SourceIndex | null;
  /** What the file's JSON Schema says of its data, for a file read in its role (plan, units,
   * appendix, report); positions are given by pointer and placed by `check`. */
  schemaDiagnostics?: Diagnostic[];
}

/** A file that could not be read at all. */
export function unreadable(file: string, problem: Diagnostic): YamlFile {
  return { file, text: null, data: undefined, diagnostics: [problem], index: null };
}
