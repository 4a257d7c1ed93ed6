// One report model, whatever the unit sent: a YAML report and a filled-in Excel form become the same
// typed Report, read tolerantly (a value of the wrong shape is left out; the schema and the form
// reader say why), so `check`, `due` and `compile` never re-read raw data. Pure.
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { isObj } from '../util/objects.js';
import { pointerOf } from '../util/pointer.js';
import { parseIso } from '../time/calendar.js';
import { STATUS_LABELS, type Status } from '../forms/content.js';

/** Indicator values past this are typing mistakes, and would overflow a sum in the workbook. */
export const MAX_VALUE = 1e12;

export interface ReportTask {
  task: string;
  /** null: the status was left empty — the unit did not report this task. */
  status: Status | null;
  result: string;
  note: string;
  /** The entry's JSON pointer in the report ("/tasks/3"). */
  readonly pointer: string;
}

/** A task line as read; its pointer made when asked for (a season holds tens of thousands of lines, and
 * only those something is said of need one). */
class TaskLine implements ReportTask {
  constructor(
    public task: string,
    public status: Status | null,
    public result: string,
    public note: string,
    private readonly index: number,
  ) {}
  get pointer(): string {
    return `/tasks/${this.index}`;
  }
}

export type IndicatorValue = number | { value: number; of: number };

export interface Report {
  source: 'yaml' | 'xlsx';
  /** The unit and period the report names (a form's hidden record, a YAML report's fields). */
  unit: string | null;
  period: string | null;
  /** The plan a form was made from; null for YAML reports, which name none. */
  plan: string | null;
  /** A real date (ISO), or null when the report gives none that exists. */
  submitted: string | null;
  number: string | null;
  signer: string | null;
  tasks: ReportTask[];
  indicators: Map<string, IndicatorValue>;
  difficulties: string;
  proposals: string;
  /** Whether the report has a list of tasks at all. */
  tasksListed: boolean;
  /** Task entries left out because they are not {task, status} with one of the four statuses
   * (the schema or the form reader says why). */
  unreadTasks: number;
  /** What building the model found: blank statuses, numbers out of range. */
  diagnostics: Diagnostic[];
}

const str = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
};
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStatus = (v: unknown): v is Status => typeof v === 'string' && Object.hasOwn(STATUS_LABELS, v);

export interface ReportSource {
  source: 'yaml' | 'xlsx';
  file: string;
  data: unknown;
  /** A form's hidden record, for the plan it was made from. */
  meta?: Record<string, string> | null;
}

export function buildReport(src: ReportSource): Report {
  const d = isObj(src.data) ? src.data : {};
  const diagnostics: Diagnostic[] = [];
  const tasks: ReportTask[] = [];
  let unreadTasks = 0;
  if (Array.isArray(d.tasks)) {
    const list: unknown[] = d.tasks;
    for (let i = 0; i < list.length; i++) {
      const t = list[i];
      if (!isObj(t) || typeof t.task !== 'string') {
        unreadTasks++;
        continue;
      }
      let status: Status | null = null;
      // An empty status is the unit saying nothing about the task, in a form's cell or in YAML.
      if (t.status === '' || t.status === null)
        diagnostics.push(
          diag(src.file, 'warning', 'report-task-blank', { task: t.task }, { pointer: `/tasks/${i}/status` }),
        );
      else if (isStatus(t.status)) status = t.status;
      else {
        unreadTasks++; // the schema or the form reader reports it
        continue;
      }
      tasks.push(new TaskLine(t.task, status, str(t.result) ?? '', str(t.note) ?? '', i));
    }
  }
  const indicators = new Map<string, IndicatorValue>();
  if (isObj(d.indicators)) {
    for (const [id, v] of Object.entries(d.indicators)) {
      const pointer = pointerOf('indicators', id);
      // Left empty, as the YAML form leaves it: not reported. Half filled: a mistake to say.
      if (v === null || (isObj(v) && v.value === null && v.of === null)) continue;
      if (isObj(v) && (v.value === null) !== (v.of === null)) {
        diagnostics.push(
          diag(
            src.file,
            'error',
            'report-indicator-shape',
            { indicator: id, aggregate: 'ratio' },
            { pointer },
          ),
        );
        continue;
      }
      const numbers = finite(v) ? [v] : isObj(v) ? [v.value, v.of] : [];
      if (!numbers.every(finite)) continue; // the schema reports the wrong type
      if (numbers.some((n) => Math.abs(n) > MAX_VALUE)) {
        diagnostics.push(
          diag(
            src.file,
            'error',
            'report-number-out-of-range',
            { indicator: id, limit: MAX_VALUE.toExponential() },
            { pointer },
          ),
        );
        continue;
      }
      if (finite(v)) indicators.set(id, v);
      else if (isObj(v) && finite(v.value) && finite(v.of)) indicators.set(id, { value: v.value, of: v.of });
    }
  }
  const submitted = typeof d.submitted === 'string' && parseIso(d.submitted) ? d.submitted : null;
  return {
    source: src.source,
    unit: str(d.unit),
    period: str(d.period),
    plan: src.meta ? (str(src.meta.plan) ?? '') : null,
    submitted,
    number: str(d.number),
    signer: str(d.signer),
    tasks,
    indicators,
    difficulties: str(d.difficulties) ?? '',
    proposals: str(d.proposals) ?? '',
    tasksListed: Array.isArray(d.tasks),
    unreadTasks,
    diagnostics,
  };
}
