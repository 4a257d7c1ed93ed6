// Every code `dcs check` can report, with its severity and what it means, as data: the rules that
// `check` runs (each with its codes and its check), and the codes the reading stages report before
// any rule runs (text, YAML, schema, forms, the report folders, the disposition of files). The
// README's table of codes is rendered from this list, and a test fails when the two differ.
import type { MessageCode } from '../i18n/messages.js';
import type { Severity } from '../model/diagnostic.js';
import type { Rule } from './context.js';
import { appendices } from './rules/appendices.js';
import { duplicateIds } from './rules/duplicate-ids.js';
import { emptyGroups } from './rules/groups.js';
import { placeholders } from './rules/placeholders.js';
import { planStatus } from './rules/plan-status.js';
import { leadIsSupport, references } from './rules/references.js';
import { periodFiles, periodFolders, reportContent, reportIdentity, reportNames } from './rules/reports.js';
import { timePhrases } from './rules/time-phrases.js';
import { timezone } from './rules/timezone.js';

/** A group of codes found in one place, and what they mean in each language. */
export interface CodeGroup {
  name: string;
  codes: Partial<Record<MessageCode, Severity>>;
  description: { vi: string; en: string };
}

const E = 'error' as const;
const W = 'warning' as const;

/** The rules `check` runs, in order, on a plan whose plan.yaml could be read. */
export const RULES: Rule[] = [
  {
    name: 'duplicate-ids',
    codes: { 'duplicate-id': E },
    description: {
      vi: 'trùng mã nhiệm vụ (trong cả kế hoạch và phụ lục), đơn vị, nhóm, kỳ báo cáo, chỉ tiêu',
      en: 'a task id used twice (across the plan and its appendices), or a unit, group, period or indicator id',
    },
    run: duplicateIds,
  },
  {
    name: 'references',
    codes: { 'unknown-unit': E, 'unknown-group': E, 'group-not-allowed': E },
    description: {
      vi: 'tham chiếu tới đơn vị, nhóm không có, kèm gợi ý mã gần nhất',
      en: 'a reference to a unit or group that does not exist, with the nearest id',
    },
    run: references,
  },
  {
    name: 'lead-is-support',
    codes: { 'lead-is-support': E },
    description: { vi: 'một đơn vị vừa chủ trì vừa phối hợp', en: 'a unit both leads and supports a task' },
    run: leadIsSupport,
  },
  {
    name: 'appendices',
    codes: { 'appendix-missing': E, 'appendix-unlisted': E, 'appendix-id-mismatch': E, 'appendix-empty': W },
    description: {
      vi: 'phụ lục khai báo mà không có tệp, có tệp mà không khai báo, khác mã, còn trống',
      en: 'an appendix listed without its file, a file not listed, a different id, an empty appendix',
    },
    run: appendices,
  },
  {
    name: 'plan-status',
    codes: { 'draft-with-number': E, 'issued-without-number': E },
    description: {
      vi: 'dự thảo đã có số, ngày; hoặc đã ban hành mà chưa có',
      en: 'a draft with a number or date, or an issued plan without',
    },
    run: planStatus,
  },
  {
    name: 'empty-groups',
    codes: { 'group-empty': W, 'reporting-empty': W },
    description: {
      vi: 'nhóm chưa có đơn vị; không đơn vị nào phải báo cáo',
      en: 'a group without units yet; no unit owes reports',
    },
    run: emptyGroups,
  },
  {
    name: 'placeholders',
    codes: { 'placeholder-text': W },
    description: {
      vi: 'chữ mẫu chưa được thay, như "(họ và tên)" người ký mà `dcs init` ghi sẵn, hay một dòng dấu chấm',
      en: 'template words not yet replaced, such as the signer "(họ và tên)" that `dcs init` writes, or a line of dots',
    },
    run: placeholders,
  },
  {
    name: 'timezone',
    codes: { 'unknown-timezone': E },
    description: { vi: 'múi giờ không có thật', en: 'a time zone that does not exist' },
    run: timezone,
  },
  {
    name: 'time-phrases',
    codes: {
      'bad-time-phrase': E,
      'impossible-date': E,
      'bad-period-deadline': E,
      'deadline-before-start': W,
      'deadline-on-weekend': W,
    },
    description: {
      vi: 'thời gian không hiểu được (kèm dạng gần nhất), ngày không có thật, hạn báo cáo không phải hằng năm; hạn một lần đã qua trước ngày kế hoạch áp dụng, hạn cố định rơi vào Thứ Bảy, Chủ Nhật',
      en: 'a time phrase not understood (with the closest known form), a day that does not exist, a report deadline that is not yearly; a one-off deadline before the plan applies, a fixed deadline on a weekend',
    },
    run: timePhrases,
  },
  {
    name: 'period-folders',
    codes: { 'report-unknown-period': E },
    description: {
      vi: 'thư mục trong `reports/` không phải kỳ báo cáo của kế hoạch',
      en: 'a folder in `reports/` that is no reporting period of the plan',
    },
    run: periodFolders,
  },
  {
    name: 'period-files',
    codes: { 'form-old-format': E, 'attachment-no-unit': W, 'report-stray-file': W },
    description: {
      vi: 'bảng tính `.xls`, `.xlsm`, `.ods` (lưu lại thành `.xlsx`); tệp đính kèm không mang mã đơn vị; tệp lạ trong thư mục kỳ',
      en: 'an `.xls`, `.xlsm` or `.ods` spreadsheet (save it as `.xlsx`); an attachment named after no unit; a stray file in a period folder',
    },
    run: periodFiles,
  },
  {
    name: 'report-names',
    codes: { 'report-name-unknown-unit': E, 'form-name-other-unit': W },
    description: {
      vi: 'báo cáo YAML không mang tên đơn vị (gợi ý tên theo đơn vị ghi trong tệp); biểu mẫu mang tên một đơn vị khác',
      en: 'a YAML report named after no unit (the name of the unit it names is suggested); a form filed under another unit’s name',
    },
    run: reportNames,
  },
  {
    name: 'report-identity',
    codes: {
      'unknown-unit': E,
      'report-unit-mismatch': E,
      'form-other-plan': E,
      'form-other-period': E,
      'report-period-mismatch': E,
    },
    description: {
      vi: '`unit` không có hoặc khác tên tệp; biểu mẫu của kế hoạch khác; báo cáo của kỳ khác (thuộc thư mục kỳ đó, không tính cho kỳ này)',
      en: '`unit` unknown or other than the file name; a form of another plan; a report of another period (it belongs in that period’s folder, not counted here)',
    },
    run: reportIdentity,
  },
  {
    name: 'report-content',
    codes: {
      'submitted-in-future': E,
      'submitted-too-early': W,
      'report-task-blank': W,
      'report-number-out-of-range': E,
      'report-empty': E,
      'report-unknown-task': E,
      'report-task-not-assigned': E,
      'report-duplicate-task': E,
      'report-unknown-indicator': E,
      'report-indicator-not-owed': E,
      'report-indicator-shape': E,
      'report-indicator-ratio': E,
    },
    description: {
      vi: 'ngày gửi sau hôm nay, hay trước cả hạn của kỳ trước (ngày tháng bị đảo?); nhiệm vụ để trống tiến độ (tính là chưa báo cáo); số liệu lớn bất thường; báo cáo không ghi gì; nhiệm vụ không có, không giao cho đơn vị, báo hai lần; chỉ tiêu không có, đơn vị không phải báo cáo, sai dạng (số / `{value, of}`), số đạt lớn hơn tổng',
      en: 'a submission date after today, or before even the previous period’s deadline (day and month swapped?); a task with no progress (not reported); an implausibly large value; a report that says nothing; a task unknown, not the unit’s, or reported twice; an indicator unknown, not the unit’s, of the wrong shape (number / `{value, of}`), or achieved above its total',
    },
    run: reportContent,
  },
];

/** What the reading stages report before any rule runs, and what deciding the files finds. */
export const STAGES: CodeGroup[] = [
  {
    name: 'text',
    codes: { 'not-utf8': E, 'not-nfc': W, 'empty-file': E, 'file-too-large': E },
    description: {
      vi: 'tệp không đọc được như văn bản UTF-8, trống, quá lớn; chữ Unicode tổ hợp (NFD) được chuẩn hóa sang NFC',
      en: 'a file that is not UTF-8 text, empty, or too large; decomposed Unicode (NFD) normalised to NFC',
    },
  },
  {
    name: 'yaml',
    codes: {
      'yaml-syntax': E,
      'duplicate-key': E,
      'yaml-tab': E,
      'multiple-documents': E,
      'alias-bomb': E,
      'unquoted-at': E,
      'yaml-too-deep': E,
    },
    description: {
      vi: 'lỗi cú pháp YAML; trường trùng được báo ở lần xuất hiện thứ hai; lồng hàng nghìn tầng',
      en: 'YAML syntax errors; a duplicate field at its second occurrence; nesting thousands deep',
    },
  },
  {
    name: 'schema',
    codes: {
      'schema-required': E,
      'schema-unknown-property': E,
      'schema-type': E,
      'schema-enum': E,
      'schema-pattern': E,
      'schema-empty': E,
      'schema-range': E,
      'schema-invalid': E,
      'impossible-date': E,
    },
    description: {
      vi: 'không đúng mẫu: thiếu trường, trường lạ (gõ nhầm), sai kiểu (mã `1.10` không có nháy), ngày không có thật',
      en: 'not as the schema says: a missing field, an unknown one (a typo), a wrong type (`1.10` unquoted), a day that does not exist',
    },
  },
  {
    name: 'plan-folder',
    codes: { 'units-missing': E },
    description: { vi: 'thiếu `units.yaml`', en: '`units.yaml` is missing' },
  },
  {
    name: 'file-system',
    codes: {
      'read-error': E,
      'not-regular-file': E,
      'file-name-not-utf8': E,
      'folder-unreadable': E,
      'not-a-folder': E,
      'report-outside-period': E,
      'period-subfolder': W,
    },
    description: {
      vi: 'liên kết trỏ tới nơi không có, vòng lặp liên kết, tệp thiết bị/đường ống (không đọc, không treo), tên tệp không phải UTF-8, thư mục không đọc được, tệp nằm ở chỗ của thư mục, báo cáo nằm thẳng trong `reports/`; thư mục con trong thư mục kỳ',
      en: 'a link to nowhere, a link loop, a device or pipe (never read, never waited on), a file name that is not UTF-8, an unreadable folder, a file where a folder belongs, a report directly in `reports/`; a subfolder of a period folder',
    },
  },
  {
    name: 'forms',
    codes: {
      'form-corrupt': E,
      'form-encrypted': E,
      'form-not-a-form': E,
      'form-version': E,
      'form-too-large-unzipped': E,
      'form-rows-missing': E,
      'form-bad-status': E,
      'form-bad-date': E,
      'form-missing-date': E,
      'form-bad-number': E,
      'date-two-digit-year': W,
    },
    description: {
      vi: 'tệp Excel hỏng, có mật khẩu, không phải biểu mẫu của dcs, của bản dcs mới hơn, giải nén quá lớn, bị xóa mã ở cột A hay dòng tiêu đề; ô Tiến độ, ngày gửi, số liệu điền sai — báo ở trang và ô (`Báo cáo!D17`); năm hai chữ số (`03/06/26` hiểu là 2026)',
      en: 'an Excel file damaged, password-protected, not a dcs form, made by a newer dcs, unpacking too large, with its column A ids or headings deleted; a progress, date or value cell filled wrongly — at sheet and cell (`Báo cáo!D17`); a two-digit year (`03/06/26` read as 2026)',
    },
  },
  {
    name: 'disposition',
    codes: { 'duplicate-report': E, 'report-no-unit': E, 'report-no-date': E },
    description: {
      vi: 'hai báo cáo cho một đơn vị một kỳ (cả hai bị loại); báo cáo không cho biết của đơn vị nào hay không có ngày gửi dùng được: không bao giờ được tính là đã nhận',
      en: 'two reports of one unit for one period (neither counted); a report that names no unit or has no usable date: never counted as received',
    },
  },
];

/** Every group, in the order of the README's table. */
export const CODE_TABLE: CodeGroup[] = [...STAGES, ...RULES];

/** The README's table of codes, in one language. */
export function codesTable(lang: 'vi' | 'en'): string {
  const head = lang === 'vi' ? ['| mã | nghĩa |', '|---|---|'] : ['| code | meaning |', '|---|---|'];
  const warning = lang === 'vi' ? 'cảnh báo' : 'warning';
  const rows = CODE_TABLE.map((g) => {
    const codes = Object.entries(g.codes)
      .map(([code, severity]) => `\`${code}\`${severity === 'warning' ? ` (${warning})` : ''}`)
      .join(', ');
    return `| ${codes} | ${g.description[lang]} |`;
  });
  return [...head, ...rows].join('\n');
}
