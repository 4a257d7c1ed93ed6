// What one unit's report form for one period holds, whatever its format: the unit's own tasks
// (led, supported, or owed through a group), the indicators it reports, and the period's last
// allowed day. Pure. The xlsx and yaml writers render this.
import { assignmentsOf, nameOf, parseInstance, refCovers, type Plan } from '../model/plan.js';
import { instanceDeadline } from '../model/periods.js';
import { formatVnDate } from '../time/calendar.js';

export const FORM_ID = 'dcs-bao-cao';
export const FORM_VERSION = 1;
/** The hidden sheet that makes a workbook a dcs form. */
export const META_SHEET = 'dcs';

/** The status labels of docs/design.md §2, by their YAML values. */
export const STATUS_LABELS = {
  'hoan-thanh': 'Hoàn thành',
  'dang-thuc-hien': 'Đang thực hiện',
  'chua-thuc-hien': 'Chưa thực hiện',
  'khong-phat-sinh': 'Không phát sinh',
} as const;
export type Status = keyof typeof STATUS_LABELS;

export interface FormContent {
  planId: string;
  planTitle: string;
  /** What the report is on, as its title says it: the plan by number when issued, else its title. */
  subject: string;
  issuer: string;
  /** The unit that receives the reports, by name: "UBND phường (qua <receiver>)". */
  receiver: string;
  place: string;
  unit: { id: string; name: string };
  instance: string;
  year: number;
  periodName: string;
  deadline: string;
  deadlinePhrase: string;
  tasks: { id: string; content: string; output?: string; role: 'lead' | 'support'; via?: string }[];
  indicators: { id: string; name: string; unit: string; target: number; aggregate: string }[];
}

export function formContent(plan: Plan, unit: string, instance: string): FormContent {
  const p = parseInstance(plan, instance)!;
  return {
    planId: plan.id,
    planTitle: plan.title,
    subject:
      plan.number && plan.date
        ? `Kế hoạch số ${plan.number} ngày ${formatVnDate(plan.date)} của ${plan.issuer}`
        : /^kế hoạch/i.test(plan.title)
          ? plan.title.replace(/\s+/g, ' ')
          : `Kế hoạch ${plan.title.replace(/\s+/g, ' ').replace(/^./, (ch) => ch.toLocaleLowerCase('vi'))}`,
    issuer: plan.issuer,
    receiver: plan.receiver ? nameOf(plan, plan.receiver.ref) : '',
    place: typeof plan.raw.place === 'string' ? plan.raw.place : '',
    unit: { id: unit, name: nameOf(plan, unit) },
    instance,
    year: p.year,
    periodName: p.period.name,
    deadline: instanceDeadline(plan, instance) ?? `${p.year}-12-31`,
    deadlinePhrase: p.period.deadline,
    tasks: assignmentsOf(plan, unit).map((a) => ({
      id: a.task.id,
      content: a.task.content,
      role: a.role,
      ...(a.task.output ? { output: a.task.output } : {}),
      ...(a.via ? { via: nameOf(plan, a.via) } : {}),
    })),
    indicators: plan.indicators
      .filter((i) => refCovers(plan, i.reported_by, unit))
      .map((i) => ({ id: i.id, name: i.name, unit: i.unit, target: i.target, aggregate: i.aggregate })),
  };
}
