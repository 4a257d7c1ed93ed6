// The words of `dcs history` and of the workbook's "Theo dõi các kỳ" sheet, in Vietnamese and English.
// How a unit stands for a period is said in the submission sheet's own words (workbook.ts).
import type { HistoryState } from '../history/history.js';
import type { Lang } from './messages.js';
import { WORDS } from './workbook.js';

const vi = {
  notYetDue: 'Chưa đến hạn',
  heading: (p: { issuer: string; year: number; asOf: string }) =>
    `${p.issuer}: các kỳ báo cáo năm ${p.year}, tính đến ${p.asOf}.`,
  unitsSection: (n: number) => `Tình hình gửi báo cáo (${n} đơn vị)`,
  unit: 'Đơn vị',
  deadline: (date: string) => `hạn ${date}`,
  onTime: 'Đúng hạn',
  lateDays: 'Tổng số ngày chậm',
  tasksSection: 'Tiến độ thực hiện nhiệm vụ: số đơn vị Hoàn thành / Đang thực hiện / Chưa thực hiện',
  tasksSectionOne: 'Tiến độ thực hiện nhiệm vụ',
  id: 'STT',
  task: 'Nhiệm vụ',
  assigned: 'Số đơn vị được giao',
  totals: (p: {
    onTime: number;
    due: number;
    late: number;
    days: number;
    missing: number;
    rejected: number;
  }) =>
    `Cộng: ${p.onTime}/${p.due} lượt đúng hạn · ${p.late} lượt chậm (${p.days} ngày) · ${p.missing} lượt chưa gửi · ${p.rejected} lượt bị loại`,
  noPeriods: (p: { year: number }) => `Năm ${p.year} không có kỳ báo cáo nào kế hoạch đòi.`,
  noUnits: 'Không có đơn vị nào phải báo cáo.',
  noTasks: 'Không có nhiệm vụ nào giao cho đơn vị phải báo cáo.',
  notReported: 'Chưa báo cáo',
  csvHead: [
    'phần',
    'kỳ',
    'hạn cuối',
    'mã',
    'tên',
    'tình trạng',
    'mã tình trạng',
    'ngày gửi',
    'chậm (ngày)',
    'số kỳ đến hạn',
    'đúng hạn',
    'đã gửi',
    'tổng số ngày chậm',
    'được giao',
    'hoàn thành',
    'đang thực hiện',
    'chưa thực hiện',
    'không phát sinh',
    'chưa báo cáo',
  ],
  // the sheet
  sheetTitle: 'THEO DÕI TÌNH HÌNH GỬI BÁO CÁO VÀ TIẾN ĐỘ THỰC HIỆN QUA CÁC KỲ',
  sheetPeriods: (year: number, names: string) => `Các kỳ báo cáo năm ${year}: ${names}`,
  sheetNo: 'STT',
  sheetWhat: 'Đơn vị / Nhiệm vụ',
  sheetAcross: 'Các kỳ',
  sheetUnits: 'TÌNH HÌNH GỬI BÁO CÁO',
  sheetOnTime: 'Đúng hạn (số kỳ)',
  sheetTasks: 'TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ',
  sheetCounts: 'HT / ĐTH / CTH',
  sheetRate: 'Tỷ lệ hoàn thành kỳ cuối (%)',
  sheetLegend:
    'Ghi chú: HT, ĐTH, CTH: số đơn vị báo cáo Hoàn thành, Đang thực hiện, Chưa thực hiện; tỷ lệ hoàn thành = Hoàn thành / (được giao − Không phát sinh).',
};
type Words = typeof vi;

const en: Words = {
  notYetDue: 'Not yet due',
  heading: (p) => `${p.issuer}: the reporting periods of ${p.year}, as of ${p.asOf}.`,
  unitsSection: (n) => `Report submission (${n} ${n === 1 ? 'unit' : 'units'})`,
  unit: 'Unit',
  deadline: (date) => `due ${date}`,
  onTime: 'On time',
  lateDays: 'Days late in all',
  tasksSection: 'Progress of the tasks: units reporting Done / In progress / Not started',
  tasksSectionOne: 'Progress of the tasks',
  id: 'No.',
  task: 'Task',
  assigned: 'Units assigned',
  totals: (p) =>
    `In all: ${p.onTime}/${p.due} on time · ${p.late} late (${p.days} days) · ${p.missing} not sent · ${p.rejected} rejected`,
  noPeriods: (p) => `The plan asks for no report in ${p.year}.`,
  noUnits: 'No unit owes reports.',
  noTasks: 'No task is assigned to a unit that reports.',
  notReported: 'Not reported',
  csvHead: [
    'section',
    'period',
    'deadline',
    'id',
    'name',
    'state_label',
    'state',
    'submitted',
    'late_days',
    'due',
    'on_time',
    'sent',
    'total_late_days',
    'assigned',
    'done',
    'in_progress',
    'not_started',
    'not_applicable',
    'not_reported',
  ],
  sheetTitle: 'REPORT SUBMISSION AND PROGRESS ACROSS PERIODS',
  sheetPeriods: (year, names) => `The reporting periods of ${year}: ${names}`,
  sheetNo: 'No.',
  sheetWhat: 'Unit / Task',
  sheetAcross: 'Across periods',
  sheetUnits: 'REPORT SUBMISSION',
  sheetOnTime: 'On time (periods)',
  sheetTasks: 'PROGRESS OF THE TASKS',
  sheetCounts: 'D / IP / NS',
  sheetRate: 'Completion, last period (%)',
  sheetLegend:
    'Note: D, IP, NS: units reporting Done, In progress, Not started; completion = Done / (assigned − Not applicable).',
};

export const HISTORY: Record<Lang, Words> = { vi, en };

/** How a unit stands for a period, in the words of the submission sheet ("Chậm 3 ngày"). */
export function stateWord(lang: Lang, state: HistoryState, lateDays: number | null): string {
  const w = WORDS[lang];
  switch (state) {
    case 'on-time':
      return w.onTime;
    case 'late':
      return w.late(lateDays ?? 0);
    case 'received-with-errors':
      return w.rejectedUnit;
    case 'missing':
      return w.missing;
    case 'not-yet-due':
      return HISTORY[lang].notYetDue;
  }
}
