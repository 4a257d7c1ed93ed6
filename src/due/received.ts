// Which reports have arrived, read from the one disposition of each file (reports/disposition.ts):
// a used file is a report received; a file received with errors is the unit's report needing a fix —
// never "done", never "not sent". Pure.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Disposition } from '../reports/disposition.js';

export interface Received {
  instance: string;
  /** The unit, or null when a file that needs fixing cannot be told to be anyone's. */
  unit: string | null;
  /** The file's disposition: counted, or received with errors (due calls it "needs fixing"). */
  state: 'used' | 'received-with-errors';
  /** The date the unit wrote in it (ISO), or null when it gives none that exists. */
  submitted: string | null;
  source: 'yaml' | 'xlsx' | 'other';
  file: string;
  /** Tasks the report marks hoan-thanh (only a used report closes tasks). */
  done: string[];
  /** For one that needs fixing: the first problem. */
  problem?: Diagnostic;
}

export function receivedReports(dispositions: Disposition[]): Received[] {
  return dispositions.flatMap((d): Received[] => {
    if (d.kind !== 'used' && d.kind !== 'received-with-errors') return [];
    return [
      {
        instance: d.entry.instance,
        unit: d.unit,
        state: d.kind,
        submitted: d.report?.submitted ?? null,
        source: d.entry.kind === 'yaml' || d.entry.kind === 'xlsx' ? d.entry.kind : 'other',
        file: d.entry.file,
        done:
          d.kind === 'used'
            ? (d.report?.tasks ?? []).filter((t) => t.status === 'hoan-thanh').map((t) => t.task)
            : [],
        ...(d.problems[0] ? { problem: d.problems[0] } : {}),
      },
    ];
  });
}
