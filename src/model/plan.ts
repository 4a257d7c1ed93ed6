// The plan as dcs reasons about it, built from the files' data. Tolerant by design: a file with
// schema errors still yields every well-formed part, so one run reports every problem, and each
// part remembers its file and JSON pointer so a rule can point at it.
import type { Task as TaskData } from './schema-types.js';
import { pointerOf } from '../util/pointer.js';
import { isObj } from '../util/objects.js';
import type { ParseResult } from '../time/meaning.js';
import { parsePhrase } from '../time/phrase.js';
import { MAX_YEAR, MIN_YEAR, parseIso } from '../time/calendar.js';

export interface Located {
  file: string;
  pointer: string;
}
export interface Unit extends Located {
  id: string;
  name: string;
  kind: string;
  short?: string;
  contact?: string;
}
export interface Group extends Located {
  id: string;
  name: string;
  members: string[];
}
export interface Task extends Located, Omit<TaskData, 'support'> {
  support: string[];
  origin: string;
  /** Its `time` phrase, parsed once here: what every command reads (absent when there is no time). */
  schedule?: ParseResult;
  /** The task has a `time` that is not text (the schema reports it): dcs treats it as untimed. */
  badTime?: boolean;
}
export interface Period extends Located {
  id: string;
  name: string;
  deadline: string;
  /** The deadline phrase, parsed once. */
  schedule: ParseResult;
}
export interface Indicator extends Located {
  id: string;
  name: string;
  unit: string;
  target: number;
  reported_by: string;
  aggregate: string;
  objective: string;
}
/** An appendix as plan.yaml lists it; `target` is its file name in the plan folder. */
export interface AppendixRef extends Located {
  id: string;
  target: string;
  title: string;
}

export interface Settings {
  timezone: string;
  beforeIsInclusive: boolean;
  withinDays: number;
}

export interface Plan {
  file: string;
  id: string;
  title: string;
  /** The issuer's short name, e.g. "UBND phường Hồng An". */
  issuer: string;
  status?: string;
  number?: string | null;
  date?: string | null;
  start?: string;
  settings: Settings;
  units: Unit[];
  groups: Group[];
  tasks: Task[];
  indicators: Indicator[];
  appendices: AppendixRef[];
  periods: Period[];
  receiver?: Located & { ref: string };
  reporters: (Located & { ref: string })[];
  raw: Record<string, unknown>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

export const DEFAULT_SETTINGS: Settings = {
  timezone: 'Asia/Ho_Chi_Minh',
  beforeIsInclusive: false,
  withinDays: 14,
};

function readTasks(items: unknown, file: string, base: string[], origin: string): Task[] {
  const out: Task[] = [];
  list(items).forEach((t, i) => {
    if (!isObj(t) || typeof t.id !== 'string') return;
    // Only values of the right type reach the commands: the schema reports the others, and a
    // `time: 2026` must leave the task untimed, not crash `due` after `check` has spoken.
    const optional = (k: 'section' | 'output' | 'note' | 'support_note' | 'time') =>
      typeof t[k] === 'string' ? { [k]: t[k] } : {};
    out.push({
      id: t.id,
      content: str(t.content) ?? '',
      lead: str(t.lead) ?? '',
      support: strings(t.support),
      ...optional('section'),
      ...optional('output'),
      ...optional('note'),
      ...optional('support_note'),
      ...optional('time'),
      ...(typeof t.time === 'string' ? { schedule: parsePhrase(t.time) } : {}),
      ...(t.mode === 'assigned' || t.mode === 'requested' ? { mode: t.mode } : {}),
      ...(t.time !== undefined && typeof t.time !== 'string' ? { badTime: true } : {}),
      file,
      pointer: pointerOf(...base, i),
      origin,
    });
  });
  return out;
}

export interface PlanSources {
  plan: { file: string; data: unknown };
  units?: { file: string; data: unknown };
  /** The file and data of an appendix file named in plan.yaml, if it was read. */
  appendix: (target: string) => { file: string; data: unknown } | undefined;
}

export function buildPlan(src: PlanSources): Plan {
  const p = isObj(src.plan.data) ? src.plan.data : {};
  const file = src.plan.file;
  const s = isObj(p.settings) ? p.settings : {};
  const settings: Settings = {
    timezone: str(s.timezone) ?? DEFAULT_SETTINGS.timezone,
    beforeIsInclusive:
      typeof s.before_is_inclusive === 'boolean' ? s.before_is_inclusive : DEFAULT_SETTINGS.beforeIsInclusive,
    withinDays:
      typeof s.within_days === 'number' &&
      Number.isInteger(s.within_days) &&
      s.within_days >= 0 &&
      s.within_days <= 366
        ? s.within_days
        : DEFAULT_SETTINGS.withinDays,
  };

  const u = isObj(src.units?.data) ? src.units.data : {};
  const unitsFile = src.units?.file ?? '';
  const units: Unit[] = [];
  list(u.units).forEach((x, i) => {
    if (isObj(x) && typeof x.id === 'string') {
      units.push({
        id: x.id,
        name: str(x.name) ?? x.id,
        kind: str(x.kind) ?? '',
        short: str(x.short),
        contact: str(x.contact),
        file: unitsFile,
        pointer: pointerOf('units', i),
      });
    }
  });
  const groups: Group[] = [];
  list(u.groups).forEach((g, i) => {
    if (!isObj(g) || typeof g.id !== 'string') return;
    const kinds = strings(g.kinds);
    const named = strings(g.units);
    const except = strings(g.except);
    const members = units
      .filter(
        (x) => (g.all === true || kinds.includes(x.kind) || named.includes(x.id)) && !except.includes(x.id),
      )
      .map((x) => x.id);
    groups.push({
      id: g.id,
      name: str(g.name) ?? g.id,
      members,
      file: unitsFile,
      pointer: pointerOf('groups', i),
    });
  });

  const tasks = readTasks(p.tasks, file, ['tasks'], 'plan');
  const appendices: AppendixRef[] = [];
  list(p.appendices).forEach((a, i) => {
    if (isObj(a) && typeof a.id === 'string' && typeof a.file === 'string')
      appendices.push({
        id: a.id,
        target: a.file,
        title: str(a.title) ?? '',
        file,
        pointer: pointerOf('appendices', i),
      });
  });
  const indicators: Indicator[] = [];
  for (const declared of appendices) {
    const ap = src.appendix(declared.target);
    if (!ap) continue;
    const d = isObj(ap.data) ? ap.data : {};
    const origin = declared.id;
    list(d.objectives).forEach((o, i) => {
      if (!isObj(o)) return;
      tasks.push(...readTasks(o.tasks, ap.file, ['objectives', String(i), 'tasks'], origin));
      list(o.indicators).forEach((ind, k) => {
        if (!isObj(ind) || typeof ind.id !== 'string') return;
        indicators.push({
          id: ind.id,
          name: str(ind.name) ?? ind.id,
          unit: str(ind.unit) ?? '',
          target: typeof ind.target === 'number' ? ind.target : NaN,
          reported_by: str(ind.reported_by) ?? '',
          aggregate: str(ind.aggregate) ?? 'sum',
          objective: str(o.id) ?? '',
          file: ap.file,
          pointer: pointerOf('objectives', i, 'indicators', k),
        });
      });
    });
    list(d.measures).forEach((m, i) => {
      if (isObj(m)) tasks.push(...readTasks(m.tasks, ap.file, ['measures', String(i), 'tasks'], origin));
    });
  }

  const r = isObj(p.reporting) ? p.reporting : {};
  const periods: Period[] = [];
  list(r.periods).forEach((x, i) => {
    if (isObj(x) && typeof x.id === 'string')
      periods.push({
        id: x.id,
        name: str(x.name) ?? x.id,
        deadline: str(x.deadline) ?? '',
        schedule: parsePhrase(str(x.deadline) ?? ''),
        file,
        pointer: pointerOf('reporting', 'periods', i),
      });
  });
  const reporters =
    typeof r.units === 'string'
      ? [{ ref: r.units, file, pointer: pointerOf('reporting', 'units') }]
      : list(r.units).flatMap((x, i) =>
          typeof x === 'string' ? [{ ref: x, file, pointer: pointerOf('reporting', 'units', i) }] : [],
        );

  return {
    file,
    id: str(p.id) ?? '',
    title: str(p.title) ?? '',
    issuer: isObj(p.issuer) ? (str(p.issuer.short) ?? str(p.issuer.name) ?? '') : '',
    status: str(p.status),
    number: p.number === null ? null : str(p.number),
    date: p.date === null ? null : str(p.date),
    // A start that is no real ISO date is reported by the schema and not used.
    start: typeof p.start === 'string' && parseIso(p.start) ? p.start : undefined,
    settings,
    units,
    groups,
    tasks,
    indicators,
    appendices,
    periods,
    receiver:
      typeof r.receiver === 'string'
        ? { ref: r.receiver, file, pointer: pointerOf('reporting', 'receiver') }
        : undefined,
    reporters,
    raw: p,
  };
}

/** Each plan's units and groups by id (the first of a repeated id, as a search from the top finds it),
 * built once: a city names 5,000 units on every row of its summary. */
const indexes = new WeakMap<Plan, { units: Map<string, Unit>; groups: Map<string, Group> }>();
function byId(plan: Plan): { units: Map<string, Unit>; groups: Map<string, Group> } {
  let index = indexes.get(plan);
  if (!index) {
    index = { units: new Map(), groups: new Map() };
    for (const u of plan.units) if (!index.units.has(u.id)) index.units.set(u.id, u);
    for (const g of plan.groups) if (!index.groups.has(g.id)) index.groups.set(g.id, g);
    indexes.set(plan, index);
  }
  return index;
}

/** The unit ids a reference stands for: one unit, or every member of a group. */
export function expandRef(plan: Plan, ref: string): string[] {
  if (ref.startsWith('@')) return byId(plan).groups.get(ref.slice(1))?.members ?? [];
  return byId(plan).units.has(ref) ? [ref] : [];
}

const reporting = new WeakMap<Plan, readonly string[]>();
/** The units that owe reports, in units.yaml order. */
export function reportingUnits(plan: Plan): string[] {
  let ids = reporting.get(plan);
  if (!ids) {
    const owe = new Set(plan.reporters.flatMap((r) => expandRef(plan, r.ref)));
    reporting.set(plan, (ids = plan.units.filter((u) => owe.has(u.id)).map((u) => u.id)));
  }
  return [...ids];
}

export interface Assignment {
  task: Task;
  role: 'lead' | 'support';
  via?: string;
}

/** Each plan's group members as sets, and each unit's assignments, worked out once: a plan does not change
 * once built, and compile, check and tasks ask for every unit's (a season of 5,000 reports asked 10⁸ times). */
const memberSets = new WeakMap<Plan, Map<string, Set<string>>>();
const assignments = new WeakMap<Plan, Map<string, readonly Assignment[]>>();

function membersOf(plan: Plan, ref: string): Set<string> {
  let sets = memberSets.get(plan);
  if (!sets) memberSets.set(plan, (sets = new Map<string, Set<string>>()));
  let set = sets.get(ref);
  if (!set) sets.set(ref, (set = new Set(expandRef(plan, ref))));
  return set;
}

/** Whether a reference (a unit, or a group) stands for this unit. */
export function refCovers(plan: Plan, ref: string, unit: string): boolean {
  return membersOf(plan, ref).has(unit);
}

/** What one unit owes: the tasks it leads or supports, directly or through a group. */
export function assignmentsOf(plan: Plan, unit: string): readonly Assignment[] {
  let byUnit = assignments.get(plan);
  if (!byUnit) assignments.set(plan, (byUnit = new Map<string, readonly Assignment[]>()));
  const known = byUnit.get(unit);
  if (known) return known;
  const viaOf = (ref: string): string | undefined | false => {
    if (ref === unit) return undefined;
    return ref.startsWith('@') && membersOf(plan, ref).has(unit) ? ref : false;
  };
  const out: Assignment[] = [];
  for (const task of plan.tasks) {
    const lead = viaOf(task.lead);
    if (lead !== false) {
      out.push({ task, role: 'lead', ...(lead ? { via: lead } : {}) });
      continue;
    }
    for (const s of task.support) {
      const via = viaOf(s);
      if (via !== false) {
        out.push({ task, role: 'support', ...(via ? { via } : {}) });
        break;
      }
    }
  }
  byUnit.set(unit, out);
  return out;
}

const instances = new WeakMap<Plan, Map<string, { year: number; period: Period } | undefined>>();
/** "2026-6t" → the year and the period it names, if the plan has that period (worked out once per plan
 * and name: every rule asks it of every report). */
export function parseInstance(plan: Plan, instance: string): { year: number; period: Period } | undefined {
  let known = instances.get(plan);
  if (!known) instances.set(plan, (known = new Map<string, { year: number; period: Period } | undefined>()));
  if (known.has(instance)) return known.get(instance);
  const m = /^(\d{4})-(.+)$/.exec(instance);
  const period = m ? plan.periods.find((p) => p.id === m[2]) : undefined;
  const year = Number(m?.[1]);
  // Not the first year the calendar knows: a deadline "before" a day of it lies in the year before.
  const parsed = m && period && year > MIN_YEAR && year <= MAX_YEAR ? { year, period } : undefined;
  known.set(instance, parsed);
  return parsed;
}

/** Where a unit id may end in a file name: its end, or one of these ("tdp-1 (2).pdf", "tdp-1_ky.pdf"). */
const NAME_BREAK = /[-_ .(]/;
/** The unit a file in a period folder belongs to: the longest unit id that begins its name
 * ("tdp-1-ban-ky.pdf" → tdp-1, never tdp-10 for "tdp-1.pdf"). */
export function unitOfFileName(plan: Plan, name: string): string | undefined {
  const base = name.replace(/\.[^.]+$/, '').toLowerCase();
  const units = byId(plan).units;
  if (units.has(base)) return base;
  for (let end = base.length - 1; end > 0; end--)
    if (NAME_BREAK.test(base[end]!) && units.has(base.slice(0, end))) return base.slice(0, end);
  return undefined;
}

/** The unit with this id (the first, if the id is repeated). */
export function unitById(plan: Plan, id: string): Unit | undefined {
  return byId(plan).units.get(id);
}

/** The name of a unit or group reference, as people read it. */
export function nameOf(plan: Plan, ref: string): string {
  if (ref.startsWith('@')) return byId(plan).groups.get(ref.slice(1))?.name ?? ref;
  return byId(plan).units.get(ref)?.name ?? ref;
}

const taskIdSets = new WeakMap<Plan, ReadonlySet<string>>();
/** The ids of all the plan's tasks, as a set (once per plan). */
export function taskIds(plan: Plan): ReadonlySet<string> {
  let set = taskIdSets.get(plan);
  if (!set) taskIdSets.set(plan, (set = new Set(plan.tasks.map((t) => t.id))));
  return set;
}

const taskSets = new WeakMap<Plan, Map<string, ReadonlySet<string>>>();
/** The ids of the tasks one unit owes, as a set (worked out once per plan and unit). */
export function assignedTaskIds(plan: Plan, unit: string): ReadonlySet<string> {
  let byUnit = taskSets.get(plan);
  if (!byUnit) taskSets.set(plan, (byUnit = new Map<string, ReadonlySet<string>>()));
  let set = byUnit.get(unit);
  if (!set) byUnit.set(unit, (set = new Set(assignmentsOf(plan, unit).map((a) => a.task.id))));
  return set;
}
