// Diagnostic messages, keyed by their stable code, in Vietnamese and English. A message says what
// is wrong; a hint says what to do. Params are filled in by the rule that found the problem.
import type { CodeParams, MessageCode } from '../model/codes.js';

/** Parameters as the helpers below read them: any code's, by name. */
type Params = Partial<Record<string, string | number>>;

/** A message says what is wrong; a hint says what to do. */
export interface Message<P = Params> {
  msg: (p: P) => string;
  hint?: (p: P) => string;
}
export type Lang = 'vi' | 'en';

const s = (v: Params[string] | undefined): string => (v === undefined ? '' : String(v));
// Names of JSON types, id kinds and id shapes, so params stay language-neutral.
const TYPES: Record<Lang, Record<string, string>> = {
  vi: {
    string: 'chữ (chuỗi)',
    number: 'một số',
    integer: 'một số nguyên',
    boolean: 'true hoặc false',
    object: 'một khối các trường',
    array: 'một danh sách (các dòng "- ")',
    null: 'null (để trống)',
  },
  en: {
    string: 'text (a string)',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    object: 'a block of fields',
    array: 'a list ("- " lines)',
    null: 'null (empty)',
  },
};
const KINDS: Record<Lang, Record<string, string>> = {
  vi: {
    task: 'nhiệm vụ',
    unit: 'đơn vị',
    group: 'nhóm',
    appendix: 'phụ lục',
    objective: 'mục tiêu',
    measure: 'biện pháp',
    indicator: 'chỉ tiêu',
    basis: 'văn bản căn cứ',
    period: 'kỳ báo cáo',
  },
  en: {
    task: 'task',
    unit: 'unit',
    group: 'group',
    appendix: 'appendix',
    objective: 'objective',
    measure: 'measure',
    indicator: 'indicator',
    basis: 'legal basis',
    period: 'reporting period',
  },
};
const SHAPES: Record<Lang, Record<string, [string, string]>> = {
  vi: {
    'unit-id': [
      'mã đơn vị',
      'Mã đơn vị gồm chữ thường không dấu, số và dấu gạch nối, ví dụ "vhxh", "tdp-1".',
    ],
    ref: ['mã đơn vị hoặc nhóm', 'Ghi mã đơn vị ("vhxh") hoặc nhóm trong dấu nháy ("@to-dan-pho").'],
    'task-id': ['số thứ tự nhiệm vụ', 'Ví dụ "II.1", "IV.2.a", "PL1.1.3"; đặt trong dấu nháy.'],
    date: ['ngày YYYY-MM-DD', 'Ghi ngày dạng "2026-06-04" (năm-tháng-ngày, trong dấu nháy).'],
    period: ['kỳ báo cáo', 'Ghi <năm>-<mã kỳ>, ví dụ "2026-6t".'],
    file: ['tên tệp YAML', 'Ví dụ "phu-luc-1.yaml".'],
    id: ['mã', 'Mã gồm chữ thường không dấu, số và dấu gạch nối.'],
  },
  en: {
    'unit-id': [
      'unit id',
      'A unit id is lower-case ASCII letters, digits and hyphens, e.g. "vhxh", "tdp-1".',
    ],
    ref: ['unit or group reference', 'Give a unit id ("vhxh") or a quoted group ("@to-dan-pho").'],
    'task-id': ['task number', 'E.g. "II.1", "IV.2.a", "PL1.1.3"; quote it.'],
    date: ['YYYY-MM-DD date', 'Write the date as "2026-06-04" (year-month-day, quoted).'],
    period: ['period id', 'Write <year>-<period id>, e.g. "2026-6t".'],
    file: ['YAML file name', 'E.g. "phu-luc-1.yaml".'],
    id: ['id', 'An id is lower-case ASCII letters, digits and hyphens.'],
  },
};
const typeName = (lang: Lang, t: Params[string] | undefined): string =>
  String(t ?? '')
    .split('|')
    .map((x) => TYPES[lang][x] ?? x)
    .join(lang === 'vi' ? ' hoặc ' : ' or ');
const kindName = (lang: Lang, k: Params[string] | undefined): string => KINDS[lang][String(k)] ?? String(k);
const shape = (lang: Lang, w: Params[string] | undefined): [string, string] =>
  SHAPES[lang][String(w)] ?? SHAPES[lang].id!;

const YAML_REASONS: Record<Lang, Record<string, string>> = {
  vi: {
    'unclosed-flow': 'thiếu dấu đóng "]" hoặc "}"',
    indent: 'các trường trong một khối phải thụt lề bằng nhau',
    'two-colons':
      'có hai dấu hai chấm trên một dòng, hoặc dòng dưới thụt lề sai (giá trị có dấu hai chấm thì đặt trong dấu nháy)',
    'multiline-key':
      'tên trường không được kéo dài nhiều dòng (có thể thiếu dấu hai chấm hoặc dấu nháy đóng)',
    'block-in-flow': 'không viết danh sách nhiều dòng bên trong [ ] hoặc { }',
    'unclosed-quote': 'thiếu dấu nháy đóng',
    'missing-char': 'thiếu dấu phẩy, dấu hai chấm hoặc dấu đóng ngoặc',
    unexpected: 'có nội dung không đúng chỗ (kiểm tra thụt lề và dấu gạch đầu dòng "- ")',
  },
  en: {
    'unclosed-flow': 'a closing "]" or "}" is missing',
    indent: 'all fields of a block must be indented alike',
    'two-colons':
      'two colons on one line, or the next line is mis-indented (quote a value that holds a colon)',
    'multiline-key': 'a field name cannot span lines (a colon or closing quote may be missing)',
    'block-in-flow': 'a multi-line list cannot be written inside [ ] or { }',
    'unclosed-quote': 'a closing quote is missing',
    'missing-char': 'a comma, colon or closing bracket is missing',
    unexpected: 'something is out of place (check the indentation and the "- " dashes)',
  },
};
const yamlReason = (lang: Lang, p: Params): string =>
  p.reason ? (YAML_REASONS[lang][String(p.reason)] ?? s(p.detail)) : s(p.detail);

const mean = (p: Params, vi: boolean): string =>
  p.suggestion
    ? vi
      ? ` Có phải ý bạn là "${s(p.suggestion)}"?`
      : ` Did you mean "${s(p.suggestion)}"?`
    : '';

/** One entry per code: Vietnamese and English side by side, typed by the code's parameters. */
export const MESSAGES: { [C in MessageCode]: { vi: Message<CodeParams[C]>; en: Message<CodeParams[C]> } } = {
  'read-error': {
    vi: {
      msg: (p) => `Không đọc được tệp: ${s(p.detail)}.`,
      hint: () => 'Kiểm tra đường dẫn và quyền đọc tệp.',
    },
    en: {
      msg: (p) => `Cannot read the file: ${s(p.detail)}.`,
      hint: () => 'Check the path and the read permission.',
    },
  },
  'not-utf8': {
    vi: {
      msg: (p) =>
        `Tệp không phải là văn bản UTF-8${p.encoding ? ` (có vẻ là ${s(p.encoding)})` : ''}: byte không hợp lệ ở đây.`,
      hint: () => 'Mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8 (Unicode).',
    },
    en: {
      msg: (p) =>
        `The file is not UTF-8 text${p.encoding ? ` (it looks like ${s(p.encoding)})` : ''}: invalid byte here.`,
      hint: () => 'Open the file in an editor and save it again as UTF-8 (Unicode).',
    },
  },
  'not-nfc': {
    vi: {
      msg: () =>
        'Văn bản dùng dạng Unicode tổ hợp (NFD); dcs đã tự chuẩn hóa sang dạng dựng sẵn (NFC) để đọc.',
      hint: () => 'Lưu lại tệp ở dạng Unicode dựng sẵn (NFC) để chữ có dấu được so khớp đúng ở mọi nơi.',
    },
    en: {
      msg: () =>
        'The text uses decomposed Unicode (NFD); dcs normalised it to composed form (NFC) to read it.',
      hint: () => 'Save the file in composed Unicode (NFC) so accented names match everywhere.',
    },
  },
  'empty-file': {
    vi: {
      msg: () => 'Tệp trống: không có nội dung YAML nào.',
      hint: () => 'Điền nội dung theo mẫu, hoặc xóa tệp nếu không dùng.',
    },
    en: {
      msg: () => 'The file is empty: it holds no YAML.',
      hint: () => 'Fill it in from the template, or delete it if unused.',
    },
  },
  'file-too-large': {
    vi: {
      msg: (p) => `Tệp quá lớn (${s(p.size)} MB; giới hạn ${s(p.limit)} MB) nên không được đọc.`,
      hint: () =>
        'Một tệp kế hoạch hay báo cáo chỉ vài chục KB; kiểm tra xem có dán nhầm dữ liệu vào tệp không.',
    },
    en: {
      msg: (p) => `The file is too large (${s(p.size)} MB; the limit is ${s(p.limit)} MB) and was not read.`,
      hint: () =>
        'A plan or report file is a few tens of KB; check that nothing was pasted into it by mistake.',
    },
  },
  'yaml-syntax': {
    vi: {
      msg: (p) => `Lỗi cú pháp YAML: ${yamlReason('vi', p)}.`,
      hint: () =>
        'Kiểm tra thụt lề (dùng dấu cách), dấu hai chấm sau tên trường, và dấu nháy đóng mở đủ cặp.',
    },
    en: {
      msg: (p) => `YAML syntax error: ${yamlReason('en', p)}.`,
      hint: () =>
        'Check the indentation (spaces), the colon after each field name, and that quotes are closed.',
    },
  },
  'duplicate-key': {
    vi: {
      msg: (p) => `Trường "${s(p.key)}" xuất hiện hai lần trong cùng một khối.`,
      hint: () => 'Xóa một trong hai dòng, hoặc đổi tên trường bị trùng.',
    },
    en: {
      msg: (p) => `The field "${s(p.key)}" appears twice in the same block.`,
      hint: () => 'Delete one of the two lines, or rename the duplicate field.',
    },
  },
  'yaml-tab': {
    vi: {
      msg: () => 'Dùng ký tự Tab để thụt lề.',
      hint: () => 'YAML chỉ cho phép thụt lề bằng dấu cách; thay Tab bằng dấu cách.',
    },
    en: {
      msg: () => 'A tab character is used for indentation.',
      hint: () => 'YAML indents with spaces only; replace the tab with spaces.',
    },
  },
  'multiple-documents': {
    vi: {
      msg: () => 'Tệp có nhiều hơn một tài liệu YAML (có dòng "---" ở giữa).',
      hint: () => 'Mỗi tệp chỉ chứa một tài liệu; xóa dòng "---" hoặc tách thành tệp riêng.',
    },
    en: {
      msg: () => 'The file holds more than one YAML document (a "---" line in the middle).',
      hint: () => 'One document per file: delete the "---" line or split the file.',
    },
  },
  'alias-bomb': {
    vi: {
      msg: () =>
        'Tệp dùng quá nhiều bí danh YAML (*alias), có thể là dữ liệu độc hại; dcs không mở rộng chúng.',
      hint: () => 'Viết thẳng giá trị thay vì dùng &neo và *bí-danh.',
    },
    en: {
      msg: () =>
        'The file uses too many YAML aliases (*alias), which may be malicious; dcs does not expand them.',
      hint: () => 'Write the values out instead of using &anchors and *aliases.',
    },
  },
  'unquoted-at': {
    vi: {
      msg: () => 'Giá trị bắt đầu bằng "@" phải đặt trong dấu nháy.',
      hint: (p) => `Viết "${s(p.value)}" (có dấu nháy kép).`,
    },
    en: {
      msg: () => 'A value that starts with "@" must be quoted.',
      hint: (p) => `Write "${s(p.value)}" (with double quotes).`,
    },
  },
  'schema-required': {
    vi: {
      msg: (p) => `Thiếu trường bắt buộc "${s(p.property)}".`,
      hint: (p) => (p.title ? `Thêm ${s(p.property)} (${s(p.title)}).` : `Thêm trường ${s(p.property)}.`),
    },
    en: {
      msg: (p) => `The required field "${s(p.property)}" is missing.`,
      hint: (p) => `Add ${s(p.property)}.`,
    },
  },
  'schema-unknown-property': {
    vi: {
      msg: (p) => `Trường "${s(p.property)}" không có trong mẫu.${mean(p, true)}`,
      hint: (p) => `Các trường được phép: ${s(p.allowed)}.`,
    },
    en: {
      msg: (p) => `The field "${s(p.property)}" is not part of the schema.${mean(p, false)}`,
      hint: (p) => `Allowed fields: ${s(p.allowed)}.`,
    },
  },
  'schema-type': {
    vi: {
      msg: (p) =>
        `Giá trị phải là ${typeName('vi', p.expected)}${p.actual ? `, nhưng đang là ${typeName('vi', p.actual)}` : ''}.`,
      hint: (p) => (p.quote ? `Đặt giá trị trong dấu nháy: "${s(p.quote)}".` : 'Sửa giá trị cho đúng kiểu.'),
    },
    en: {
      msg: (p) =>
        `The value must be ${typeName('en', p.expected)}${p.actual ? `, but it is ${typeName('en', p.actual)}` : ''}.`,
      hint: (p) => (p.quote ? `Quote the value: "${s(p.quote)}".` : 'Correct the value.'),
    },
  },
  'schema-enum': {
    vi: {
      msg: (p) => `"${s(p.value)}" không phải là giá trị hợp lệ.${mean(p, true)}`,
      hint: (p) => `Chọn một trong: ${s(p.allowed)}.`,
    },
    en: {
      msg: (p) => `"${s(p.value)}" is not an allowed value.${mean(p, false)}`,
      hint: (p) => `Choose one of: ${s(p.allowed)}.`,
    },
  },
  'schema-pattern': {
    vi: {
      msg: (p) => `"${s(p.value)}" không đúng dạng ${shape('vi', p.what)[0]}.`,
      hint: (p) => shape('vi', p.what)[1],
    },
    en: {
      msg: (p) => `"${s(p.value)}" is not a valid ${shape('en', p.what)[0]}.`,
      hint: (p) => shape('en', p.what)[1],
    },
  },
  'schema-empty': {
    vi: {
      msg: () => 'Giá trị không được để trống.',
      hint: () => 'Điền nội dung, hoặc xóa cả dòng nếu trường không bắt buộc.',
    },
    en: {
      msg: () => 'The value must not be empty.',
      hint: () => 'Fill it in, or delete the whole line if the field is optional.',
    },
  },
  'schema-range': {
    vi: { msg: (p) => `Giá trị ${s(p.value)} nằm ngoài khoảng cho phép (${s(p.limit)}).` },
    en: { msg: (p) => `The value ${s(p.value)} is out of range (${s(p.limit)}).` },
  },
  'schema-invalid': {
    vi: { msg: (p) => `Giá trị không hợp lệ: ${s(p.detail)}.` },
    en: { msg: (p) => `Invalid value: ${s(p.detail)}.` },
  },
  'impossible-date': {
    vi: {
      msg: (p) => `"${s(p.value)}" không phải là một ngày có thật.`,
      hint: () =>
        'Kiểm tra ngày và tháng (tháng 2 có 28 ngày, hoặc 29 ngày vào năm nhuận; tháng 4, 6, 9, 11 có 30 ngày).',
    },
    en: {
      msg: (p) => `"${s(p.value)}" is not a real date.`,
      hint: () =>
        'Check the day and month (February has 28 days, 29 in a leap year; April, June, September and November have 30).',
    },
  },
  'duplicate-id': {
    vi: {
      msg: (p) => `Mã ${kindName('vi', p.kind)} "${s(p.id)}" bị trùng; đã dùng ở ${s(p.first)}.`,
      hint: () => 'Mỗi mã phải là duy nhất; đổi một trong hai mã.',
    },
    en: {
      msg: (p) => `The ${kindName('en', p.kind)} id "${s(p.id)}" is used twice; first at ${s(p.first)}.`,
      hint: () => 'Every id must be unique; rename one of them.',
    },
  },
  'unknown-unit': {
    vi: {
      msg: (p) => `Không có đơn vị mã "${s(p.ref)}" trong units.yaml.${mean(p, true)}`,
      hint: () => 'Dùng mã một đơn vị trong units.yaml, hoặc thêm đơn vị đó vào units.yaml.',
    },
    en: {
      msg: (p) => `There is no unit "${s(p.ref)}" in units.yaml.${mean(p, false)}`,
      hint: () => 'Use the id of a unit in units.yaml, or add that unit to units.yaml.',
    },
  },
  'unknown-group': {
    vi: {
      msg: (p) => `Không có nhóm "${s(p.ref)}" trong units.yaml.${mean(p, true)}`,
      hint: () => 'Dùng mã một nhóm trong phần groups của units.yaml, viết "@mã-nhóm".',
    },
    en: {
      msg: (p) => `There is no group "${s(p.ref)}" in units.yaml.${mean(p, false)}`,
      hint: () => 'Use the id of a group in the groups of units.yaml, written "@group-id".',
    },
  },
  'group-not-allowed': {
    vi: {
      msg: (p) => `"${s(p.ref)}" là một nhóm; ở đây chỉ dùng mã đơn vị.`,
      hint: () => 'Bỏ dấu "@" và ghi mã một đơn vị.',
    },
    en: {
      msg: (p) => `"${s(p.ref)}" is a group; only a unit id is allowed here.`,
      hint: () => 'Drop the "@" and give the id of one unit.',
    },
  },
  'lead-is-support': {
    vi: {
      msg: (p) => `"${s(p.ref)}" vừa là đơn vị chủ trì vừa là đơn vị phối hợp của nhiệm vụ ${s(p.task)}.`,
      hint: () => 'Xóa đơn vị này khỏi danh sách phối hợp.',
    },
    en: {
      msg: (p) => `"${s(p.ref)}" is both the lead and a supporting unit of task ${s(p.task)}.`,
      hint: () => 'Remove it from the supporting units.',
    },
  },
  'units-missing': {
    vi: {
      msg: () => 'Không tìm thấy tệp units.yaml trong thư mục kế hoạch.',
      hint: () => 'Tạo units.yaml liệt kê các đơn vị và nhóm đơn vị (xem README).',
    },
    en: {
      msg: () => 'units.yaml was not found in the plan folder.',
      hint: () => 'Create units.yaml listing the units and groups (see the README).',
    },
  },
  'appendix-missing': {
    vi: {
      msg: (p) => `Phụ lục ${s(p.id)} khai báo tệp "${s(p.file)}" nhưng tệp không tồn tại.`,
      hint: () => 'Tạo tệp phụ lục, hoặc sửa tên tệp trong plan.yaml.',
    },
    en: {
      msg: (p) => `Appendix ${s(p.id)} names the file "${s(p.file)}", which does not exist.`,
      hint: () => 'Create the appendix file, or correct its name in plan.yaml.',
    },
  },
  'appendix-unlisted': {
    vi: {
      msg: (p) =>
        `Tệp "${s(p.file)}" có trong thư mục nhưng không được khai báo trong appendices của plan.yaml.`,
      hint: () => 'Thêm phụ lục vào appendices trong plan.yaml, hoặc xóa tệp.',
    },
    en: {
      msg: (p) => `The file "${s(p.file)}" is in the folder but not listed in the appendices of plan.yaml.`,
      hint: () => 'Add it to appendices in plan.yaml, or delete the file.',
    },
  },
  'appendix-id-mismatch': {
    vi: {
      msg: (p) => `Mã phụ lục "${s(p.id)}" khác với mã "${s(p.expected)}" khai báo trong plan.yaml.`,
      hint: () => 'Sửa cho hai mã trùng nhau.',
    },
    en: {
      msg: (p) => `The appendix id "${s(p.id)}" differs from the id "${s(p.expected)}" given in plan.yaml.`,
      hint: () => 'Make the two ids the same.',
    },
  },
  'appendix-empty': {
    vi: {
      msg: (p) => `Phụ lục ${s(p.id)} chưa có mục tiêu hay biện pháp nào.`,
      hint: () => 'Bổ sung nội dung phụ lục khi có văn bản.',
    },
    en: {
      msg: (p) => `Appendix ${s(p.id)} has no objectives or measures yet.`,
      hint: () => 'Fill in the appendix when its text is available.',
    },
  },
  'placeholder-text': {
    vi: {
      msg: (p) => `"${s(p.text)}" là chữ mẫu, chưa được thay bằng nội dung thật.`,
      hint: () => 'Ghi nội dung thật vào đây (ví dụ họ và tên người ký) khi đã biết.',
    },
    en: {
      msg: (p) => `"${s(p.text)}" is template text, not yet replaced.`,
      hint: () => 'Write the real value here (e.g. the signer’s full name) once it is known.',
    },
  },
  'group-empty': {
    vi: {
      msg: (p) => `Nhóm "${s(p.group)}" chưa có đơn vị nào.`,
      hint: () => 'Thêm các đơn vị thuộc nhóm vào units.yaml khi có danh sách.',
    },
    en: {
      msg: (p) => `The group "${s(p.group)}" has no units yet.`,
      hint: () => 'Add its units to units.yaml when the list is known.',
    },
  },
  'reporting-empty': {
    vi: {
      msg: () => 'Chưa có đơn vị nào phải gửi báo cáo (reporting.units không chọn được đơn vị nào).',
      hint: () => 'Kiểm tra reporting.units và các nhóm trong units.yaml.',
    },
    en: {
      msg: () => 'No unit owes reports (reporting.units selects no unit).',
      hint: () => 'Check reporting.units and the groups in units.yaml.',
    },
  },
  'draft-with-number': {
    vi: {
      msg: (p) =>
        `Kế hoạch đang là dự thảo (status: draft) nhưng đã có ${p.field === 'date' ? 'ngày ban hành' : 'số, ký hiệu'}.`,
      hint: () => 'Đổi status thành issued khi đã ban hành, hoặc để null khi còn là dự thảo.',
    },
    en: {
      msg: (p) =>
        `The plan is a draft (status: draft) but has ${p.field === 'date' ? 'a date' : 'a number'}.`,
      hint: () => 'Set status to issued once it is issued, or leave it null while a draft.',
    },
  },
  'issued-without-number': {
    vi: {
      msg: (p) =>
        `Kế hoạch đã ban hành (status: issued) nhưng chưa có ${p.field === 'date' ? 'ngày ban hành' : 'số, ký hiệu'}.`,
      hint: () => 'Điền số và ngày ban hành, hoặc đổi status thành draft.',
    },
    en: {
      msg: (p) => `The plan is issued (status: issued) but has no ${p.field === 'date' ? 'date' : 'number'}.`,
      hint: () => 'Fill in the number and date, or set status to draft.',
    },
  },
  'bad-time-phrase': {
    vi: {
      msg: (p) =>
        `dcs không hiểu thời gian "${s(p.phrase)}"${p.part && p.part !== p.phrase ? ` (ở phần "${s(p.part)}")` : ''}.`,
      hint: (p) =>
        `Dạng gần nhất dcs hiểu: "${s(p.suggestion)}". Các dạng khác: Thường xuyên; Theo yêu cầu; Hằng năm; Trước ngày 10/11 hằng năm; Quý II/2026; Tháng 6/2026; Năm 2026; Giai đoạn 2026-2030 (xem README). Nếu văn bản không nêu thời gian, xóa dòng time.`,
    },
    en: {
      msg: (p) =>
        `dcs does not understand the time "${s(p.phrase)}"${p.part && p.part !== p.phrase ? ` (at "${s(p.part)}")` : ''}.`,
      hint: (p) =>
        `The closest form dcs understands: "${s(p.suggestion)}". Others: Thường xuyên; Theo yêu cầu; Hằng năm; Trước ngày 10/11 hằng năm; Quý II/2026; Tháng 6/2026; Năm 2026; Giai đoạn 2026-2030 (see the README). If the document gives no time, delete the time line.`,
    },
  },
  'bad-period-deadline': {
    vi: {
      msg: (p) => `Hạn gửi báo cáo "${s(p.phrase)}" không phải là một hạn hằng năm.`,
      hint: () => 'Mỗi kỳ báo cáo có một hạn mỗi năm, ví dụ "Trước ngày 05/6 hằng năm".',
    },
    en: {
      msg: (p) => `The report deadline "${s(p.phrase)}" is not a yearly deadline.`,
      hint: () => 'Each reporting period has one deadline a year, e.g. "Trước ngày 05/6 hằng năm".',
    },
  },
  'report-name-unknown-unit': {
    vi: {
      msg: (p) => `Tệp báo cáo "${s(p.name)}" không mang tên một đơn vị nào.${mean(p, true)}`,
      hint: () => 'Đặt tên tệp báo cáo YAML theo mã đơn vị, ví dụ "vhxh.yaml".',
    },
    en: {
      msg: (p) => `The report file "${s(p.name)}" is not named after any unit.${mean(p, false)}`,
      hint: () => 'Name a YAML report after its unit id, e.g. "vhxh.yaml".',
    },
  },
  'report-unit-mismatch': {
    vi: {
      msg: (p) => `Báo cáo ghi đơn vị "${s(p.unit)}" nhưng tệp mang tên đơn vị "${s(p.expected)}".`,
      hint: () => 'Sửa trường unit hoặc đổi tên tệp cho khớp.',
    },
    en: {
      msg: (p) => `The report says unit "${s(p.unit)}" but the file is named after unit "${s(p.expected)}".`,
      hint: () => 'Correct the unit field or rename the file.',
    },
  },
  'report-period-mismatch': {
    vi: {
      msg: (p) =>
        `Báo cáo ghi kỳ "${s(p.period)}" nhưng nằm trong thư mục "${s(p.expected)}": không được tính cho kỳ ${s(p.expected)}.`,
      hint: (p) =>
        p.there
          ? `Thư mục reports/${s(p.period)}/ đã có báo cáo của đơn vị này (${s(p.there)}): giữ một bản; hoặc sửa trường period nếu ghi nhầm.`
          : `Chuyển tệp sang thư mục reports/${s(p.period)}/, hoặc sửa trường period nếu ghi nhầm.`,
    },
    en: {
      msg: (p) =>
        `The report says period "${s(p.period)}" but is in the folder "${s(p.expected)}": it is not counted for ${s(p.expected)}.`,
      hint: (p) =>
        p.there
          ? `reports/${s(p.period)}/ already holds this unit's report (${s(p.there)}): keep one; or correct the period field if it is wrong.`
          : `Move it to reports/${s(p.period)}/, or correct the period field if it is wrong.`,
    },
  },
  'report-unknown-period': {
    vi: {
      msg: (p) => `Thư mục "${s(p.folder)}" không phải là một kỳ báo cáo của kế hoạch.`,
      hint: (p) => `Tên thư mục là <năm>-<mã kỳ>, với mã kỳ là một trong: ${s(p.periods)}; ví dụ "2026-6t".`,
    },
    en: {
      msg: (p) => `The folder "${s(p.folder)}" is not a reporting period of the plan.`,
      hint: (p) =>
        `Period folders are named <year>-<period id>, the period id one of: ${s(p.periods)}; e.g. "2026-6t".`,
    },
  },
  'report-unknown-task': {
    vi: {
      msg: (p) => `Kế hoạch không có nhiệm vụ "${s(p.task)}".${mean(p, true)}`,
      hint: () => 'Ghi số thứ tự nhiệm vụ đúng như trong kế hoạch (xem dcs tasks).',
    },
    en: {
      msg: (p) => `The plan has no task "${s(p.task)}".${mean(p, false)}`,
      hint: () => 'Use the task number as written in the plan (see dcs tasks).',
    },
  },
  'report-task-not-assigned': {
    vi: {
      msg: (p) =>
        `Nhiệm vụ ${s(p.task)} không giao cho đơn vị "${s(p.unit)}" (không chủ trì, không phối hợp).`,
      hint: (p) => `Xem các nhiệm vụ của đơn vị bằng: dcs tasks --unit ${s(p.unit)}`,
    },
    en: {
      msg: (p) => `Task ${s(p.task)} is not assigned to unit "${s(p.unit)}" (neither lead nor support).`,
      hint: (p) => `See the unit's tasks with: dcs tasks --unit ${s(p.unit)}`,
    },
  },
  'report-duplicate-task': {
    vi: {
      msg: (p) => `Nhiệm vụ ${s(p.task)} được báo cáo hai lần; lần đầu ở ${s(p.first)}.`,
      hint: () => 'Gộp hai mục thành một.',
    },
    en: {
      msg: (p) => `Task ${s(p.task)} is reported twice; first at ${s(p.first)}.`,
      hint: () => 'Merge the two entries.',
    },
  },
  'report-unknown-indicator': {
    vi: {
      msg: (p) => `Kế hoạch không có chỉ tiêu "${s(p.indicator)}".${mean(p, true)}`,
      hint: () => 'Dùng mã chỉ tiêu trong phụ lục của kế hoạch.',
    },
    en: {
      msg: (p) => `The plan has no indicator "${s(p.indicator)}".${mean(p, false)}`,
      hint: () => "Use an indicator id from the plan's appendices.",
    },
  },
  'report-indicator-not-owed': {
    vi: {
      msg: (p) => `Đơn vị "${s(p.unit)}" không phải báo cáo chỉ tiêu "${s(p.indicator)}".`,
      hint: () => 'Xóa chỉ tiêu này khỏi báo cáo, hoặc sửa reported_by của chỉ tiêu trong phụ lục.',
    },
    en: {
      msg: (p) => `Unit "${s(p.unit)}" does not report the indicator "${s(p.indicator)}".`,
      hint: () => "Remove it from the report, or correct the indicator's reported_by in the appendix.",
    },
  },
  'report-indicator-shape': {
    vi: {
      msg: (p) =>
        p.aggregate === 'ratio'
          ? `Chỉ tiêu "${s(p.indicator)}" tính theo tỷ lệ: cần ghi {value, of} (số đạt được trên tổng số).`
          : `Chỉ tiêu "${s(p.indicator)}" cần một số, không phải {value, of}.`,
      hint: (p) =>
        p.aggregate === 'ratio'
          ? `Ví dụ: ${s(p.indicator)}: {value: 28, of: 30}`
          : `Ví dụ: ${s(p.indicator)}: 3`,
    },
    en: {
      msg: (p) =>
        p.aggregate === 'ratio'
          ? `The indicator "${s(p.indicator)}" is a ratio: write {value, of} (achieved out of total).`
          : `The indicator "${s(p.indicator)}" takes a number, not {value, of}.`,
      hint: (p) =>
        p.aggregate === 'ratio' ? `E.g. ${s(p.indicator)}: {value: 28, of: 30}` : `E.g. ${s(p.indicator)}: 3`,
    },
  },
  'report-indicator-ratio': {
    vi: {
      msg: (p) => `Số đạt được (${s(p.value)}) lớn hơn tổng số (${s(p.of)}) hoặc tổng số không dương.`,
      hint: () => 'Kiểm tra lại value và of.',
    },
    en: {
      msg: (p) =>
        `The achieved value (${s(p.value)}) exceeds the total (${s(p.of)}), or the total is not positive.`,
      hint: () => 'Check value and of.',
    },
  },
  'submitted-too-early': {
    vi: {
      msg: (p) =>
        `Ngày gửi ${s(p.date)} sớm hơn cả hạn của kỳ trước (${s(p.previous)}): khó là ngày gửi báo cáo kỳ ${s(p.period)}.`,
      hint: () => 'Kiểm tra ngày và tháng có bị đảo không (3/6 hay 6/3), và năm; ghi đúng ngày đơn vị gửi.',
    },
    en: {
      msg: (p) =>
        `The submission date ${s(p.date)} is before even the previous period's deadline (${s(p.previous)}): hardly the date of a ${s(p.period)} report.`,
      hint: () =>
        'Check whether day and month are swapped (3/6 or 6/3), and the year; give the date the unit sent it.',
    },
  },
  'submitted-in-future': {
    vi: {
      msg: (p) => `Ngày gửi báo cáo ${s(p.date)} là ngày trong tương lai (hôm nay là ${s(p.today)}).`,
      hint: () => 'Ghi ngày đơn vị thực sự gửi báo cáo.',
    },
    en: {
      msg: (p) => `The submission date ${s(p.date)} is in the future (today is ${s(p.today)}).`,
      hint: () => 'Give the date the unit actually sent the report.',
    },
  },
  'duplicate-report': {
    vi: {
      msg: (p) => `Đơn vị "${s(p.unit)}" có hai báo cáo cho kỳ ${s(p.period)}; báo cáo kia: ${s(p.first)}.`,
      hint: () => 'Giữ một báo cáo, xóa hoặc chuyển báo cáo còn lại ra khỏi thư mục.',
    },
    en: {
      msg: (p) => `Unit "${s(p.unit)}" has two reports for period ${s(p.period)}; the other: ${s(p.first)}.`,
      hint: () => 'Keep one report; delete or move the other out of the folder.',
    },
  },
  'report-stray-file': {
    vi: {
      msg: (p) =>
        `Tệp "${s(p.name)}" không phải báo cáo (.yaml, .xlsx) hay tệp đính kèm (.pdf, .doc, .docx, .jpg, .png).`,
      hint: () => 'Chuyển tệp ra khỏi thư mục báo cáo nếu không dùng.',
    },
    en: {
      msg: (p) =>
        `"${s(p.name)}" is neither a report (.yaml, .xlsx) nor an attachment (.pdf, .doc, .docx, .jpg, .png).`,
      hint: () => 'Move it out of the report folder if it is not needed.',
    },
  },
  'attachment-no-unit': {
    vi: {
      msg: (p) =>
        `Tệp đính kèm "${s(p.name)}" không bắt đầu bằng mã một đơn vị nên không gắn được với đơn vị nào.`,
      hint: () => 'Đặt tên tệp bắt đầu bằng mã đơn vị, ví dụ "vhxh-ban-ky.pdf".',
    },
    en: {
      msg: (p) => `The attachment "${s(p.name)}" does not start with a unit id, so it belongs to no unit.`,
      hint: () => 'Start the file name with the unit id, e.g. "vhxh-ban-ky.pdf".',
    },
  },
  'deadline-before-start': {
    vi: {
      msg: (p) => `Hạn cuối ${s(p.date)} đã qua trước ngày kế hoạch bắt đầu áp dụng (${s(p.start)}).`,
      hint: () => 'Kiểm tra lại năm của thời hạn, hoặc ngày bắt đầu (start) của kế hoạch.',
    },
    en: {
      msg: (p) => `The last allowed day ${s(p.date)} is before the plan starts to apply (${s(p.start)}).`,
      hint: () => "Check the year of the deadline, or the plan's start.",
    },
  },
  'deadline-on-weekend': {
    vi: {
      msg: (p) => `Hạn cuối ${s(p.date)} rơi vào ${Number(p.weekday) === 0 ? 'Chủ Nhật' : 'Thứ Bảy'}.`,
      hint: () => 'Có thể nên đặt hạn vào ngày làm việc liền trước.',
    },
    en: {
      msg: (p) =>
        `The last allowed day ${s(p.date)} is a ${Number(p.weekday) === 0 ? 'Sunday' : 'Saturday'}.`,
      hint: () => 'Perhaps set it to the working day before.',
    },
  },
  'form-corrupt': {
    vi: {
      msg: (p) => `Tệp Excel bị hỏng hoặc không phải là tệp .xlsx${p.detail ? ` (${s(p.detail)})` : ''}.`,
      hint: () => 'Đề nghị đơn vị gửi lại tệp; mở thử bằng Excel hoặc LibreOffice để kiểm tra.',
    },
    en: {
      msg: (p) => `The Excel file is damaged or not an .xlsx file${p.detail ? ` (${s(p.detail)})` : ''}.`,
      hint: () => 'Ask the unit to send it again; try opening it in Excel or LibreOffice.',
    },
  },
  'form-encrypted': {
    vi: {
      msg: () => 'Tệp Excel có mật khẩu (hoặc là tệp .xls cũ) nên dcs không đọc được.',
      hint: () => 'Đề nghị đơn vị bỏ mật khẩu mở tệp và lưu lại dạng .xlsx.',
    },
    en: {
      msg: () => 'The Excel file has a password (or is an old .xls file), so dcs cannot read it.',
      hint: () => 'Ask the unit to remove the password and save it as .xlsx.',
    },
  },
  'form-not-a-form': {
    vi: {
      msg: () =>
        'Tệp Excel này không phải biểu mẫu báo cáo do dcs tạo (không có trang thông tin ẩn của biểu mẫu).',
      hint: () =>
        'Gửi cho đơn vị biểu mẫu tạo bằng "dcs template", hoặc chuyển nội dung sang báo cáo YAML. Nếu là tệp đính kèm, lưu dạng .pdf.',
    },
    en: {
      msg: () => "This Excel file is not a report form made by dcs (it lacks the form's hidden sheet).",
      hint: () =>
        'Send the unit a form made with "dcs template", or copy the content into a YAML report. An attachment should be a .pdf.',
    },
  },
  'form-other-plan': {
    vi: {
      msg: (p) => `Biểu mẫu thuộc kế hoạch "${s(p.plan)}", không phải kế hoạch này ("${s(p.expected)}").`,
      hint: () => 'Đề nghị đơn vị điền biểu mẫu tạo từ kế hoạch này (dcs template).',
    },
    en: {
      msg: (p) => `The form belongs to the plan "${s(p.plan)}", not to this plan ("${s(p.expected)}").`,
      hint: () => 'Ask the unit to fill in a form made from this plan (dcs template).',
    },
  },
  'form-other-period': {
    vi: {
      msg: (p) =>
        `Biểu mẫu của kỳ ${s(p.period)} nhưng nằm trong thư mục kỳ ${s(p.expected)}: không được tính cho kỳ ${s(p.expected)}.`,
      hint: (p) =>
        p.there
          ? `Thư mục reports/${s(p.period)}/ đã có báo cáo của đơn vị này (${s(p.there)}): giữ một bản rồi xóa bản kia; nếu đơn vị gửi nhầm, đề nghị đơn vị điền biểu mẫu của kỳ ${s(p.expected)}.`
          : `Chuyển tệp sang thư mục reports/${s(p.period)}/; nếu đơn vị gửi nhầm, đề nghị đơn vị điền biểu mẫu của kỳ ${s(p.expected)}.`,
    },
    en: {
      msg: (p) =>
        `The form is for period ${s(p.period)} but lies in the folder of period ${s(p.expected)}: it is not counted for ${s(p.expected)}.`,
      hint: (p) =>
        p.there
          ? `reports/${s(p.period)}/ already holds this unit's report (${s(p.there)}): keep one and delete the other; if the unit sent the wrong one, ask it for the form of ${s(p.expected)}.`
          : `Move it to reports/${s(p.period)}/; if the unit sent the wrong one, ask it for the form of ${s(p.expected)}.`,
    },
  },
  'form-bad-status': {
    vi: {
      msg: (p) =>
        `"${s(p.value)}" không phải là tiến độ hợp lệ; chọn Hoàn thành, Đang thực hiện, Chưa thực hiện hoặc Không phát sinh.`,
      hint: () =>
        'Chọn tiến độ trong danh sách thả xuống của ô, hoặc để trống nếu đơn vị không báo cáo nhiệm vụ này.',
    },
    en: {
      msg: (p) =>
        `"${s(p.value)}" is not a valid progress; choose Hoàn thành, Đang thực hiện, Chưa thực hiện or Không phát sinh.`,
      hint: () =>
        "Pick the progress from the cell's drop-down list, or leave it empty if the unit does not report on this task.",
    },
  },
  'form-bad-date': {
    vi: {
      msg: (p) => `"${s(p.value)}" không phải là một ngày hợp lệ.`,
      hint: () => 'Ghi ngày dạng dd/mm/yyyy, ví dụ 03/06/2026.',
    },
    en: {
      msg: (p) => `"${s(p.value)}" is not a valid date.`,
      hint: () => 'Write the date as dd/mm/yyyy, e.g. 03/06/2026.',
    },
  },
  'form-missing-date': {
    vi: {
      msg: () => 'Chưa điền ngày gửi báo cáo.',
      hint: () => 'Ghi ngày dạng dd/mm/yyyy, ví dụ 03/06/2026.',
    },
    en: {
      msg: () => 'The submission date is not filled in.',
      hint: () => 'Write the date as dd/mm/yyyy, e.g. 03/06/2026.',
    },
  },
  'form-bad-number': {
    vi: {
      msg: (p) => `"${s(p.value)}" không phải là một số.`,
      hint: () => 'Ghi số, ví dụ 28 hoặc 28,5.',
    },
    en: {
      msg: (p) => `"${s(p.value)}" is not a number.`,
      hint: () => 'Write a number, e.g. 28 or 28.5.',
    },
  },
  'unknown-timezone': {
    vi: {
      msg: (p) => `Không biết múi giờ "${s(p.zone)}"; dcs dùng Asia/Ho_Chi_Minh.`,
      hint: () => 'Ghi tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh, hoặc xóa dòng này.',
    },
    en: {
      msg: (p) => `Unknown time zone "${s(p.zone)}"; dcs uses Asia/Ho_Chi_Minh.`,
      hint: () => 'Give an IANA zone name such as Asia/Ho_Chi_Minh, or delete the line.',
    },
  },
  'not-regular-file': {
    vi: {
      msg: () =>
        'Đây không phải là một tệp thông thường (là thiết bị, đường ống hay socket) nên dcs không đọc.',
      hint: () => 'Thay bằng một tệp bình thường, hoặc xóa khỏi thư mục kế hoạch.',
    },
    en: {
      msg: () => 'This is not a regular file (a device, pipe or socket), so dcs does not read it.',
      hint: () => 'Replace it with a regular file, or remove it from the plan folder.',
    },
  },
  'folder-unreadable': {
    vi: {
      msg: (p) => `Không đọc được thư mục (${s(p.detail)}): các tệp trong đó chưa được kiểm tra.`,
      hint: () => 'Kiểm tra quyền đọc thư mục, rồi chạy lại.',
    },
    en: {
      msg: (p) => `The folder cannot be read (${s(p.detail)}): the files in it were not checked.`,
      hint: () => "Check the folder's read permission and run again.",
    },
  },
  'not-a-folder': {
    vi: {
      msg: () => 'Ở đây phải là một thư mục nhưng lại là một tệp: không có báo cáo nào được đọc từ đó.',
      hint: () => 'Đổi tên hoặc chuyển tệp đi, rồi tạo thư mục đúng tên (reports/<năm>-<mã kỳ>/).',
    },
    en: {
      msg: () => 'A folder belongs here, but this is a file: no report was read from it.',
      hint: () => 'Rename or move the file, then create the folder (reports/<year>-<period id>/).',
    },
  },
  'file-name-not-utf8': {
    vi: {
      msg: (p) => `Tên tệp "${s(p.name)}" không phải chữ UTF-8 nên dcs không mở được tệp.`,
      hint: () => 'Đổi tên tệp (chỉ dùng chữ, số, dấu gạch nối), rồi chạy lại.',
    },
    en: {
      msg: (p) => `The file name "${s(p.name)}" is not UTF-8 text, so dcs cannot open the file.`,
      hint: () => 'Rename the file (letters, digits, hyphens) and run again.',
    },
  },
  'period-subfolder': {
    vi: {
      msg: (p) => `Thư mục con "${s(p.name)}" trong thư mục kỳ báo cáo không được đọc.`,
      hint: () => 'Đặt báo cáo trực tiếp trong thư mục kỳ; chuyển thư mục con ra ngoài nếu không dùng.',
    },
    en: {
      msg: (p) => `The subfolder "${s(p.name)}" of a period folder is not read.`,
      hint: () => 'Put reports directly in the period folder; move the subfolder out if it is not needed.',
    },
  },
  'report-outside-period': {
    vi: {
      msg: (p) =>
        `Tệp "${s(p.name)}" nằm thẳng trong reports/, không thuộc kỳ báo cáo nào nên không được tính.`,
      hint: () =>
        'Chuyển tệp vào thư mục kỳ của nó, ví dụ reports/2026-6t/ (dcs check đọc kỳ trong biểu mẫu).',
    },
    en: {
      msg: (p) => `"${s(p.name)}" lies directly in reports/, in no period folder, so it is not counted.`,
      hint: () => 'Move it into its period folder, e.g. reports/2026-6t/.',
    },
  },
  'form-old-format': {
    vi: {
      msg: (p) =>
        `"${s(p.name)}" là bảng tính định dạng cũ hoặc khác (.xls, .xlsm, .ods…) nên dcs không đọc được; đơn vị đã gửi nhưng báo cáo chưa được tính.`,
      hint: () =>
        'Mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) dạng .xlsx, đặt tệp .xlsx vào thư mục này và xóa tệp cũ.',
    },
    en: {
      msg: (p) =>
        `"${s(p.name)}" is an old or other spreadsheet format (.xls, .xlsm, .ods…) that dcs cannot read; the unit sent it, but it is not counted yet.`,
      hint: () =>
        'Open it in Excel or LibreOffice, Save As .xlsx, put the .xlsx in this folder and delete the old file.',
    },
  },
  'form-too-large-unzipped': {
    vi: {
      msg: (p) =>
        `Tệp Excel khi giải nén vượt quá ${s(p.limit)} MB (một biểu mẫu thật chỉ vài trăm KB) nên không được mở.`,
      hint: () => 'Đề nghị đơn vị gửi lại biểu mẫu gốc tạo bằng dcs template.',
    },
    en: {
      msg: (p) =>
        `The Excel file unpacks to more than ${s(p.limit)} MB (a real form is a few hundred KB), so it was not opened.`,
      hint: () => 'Ask the unit to send the original form made by dcs template.',
    },
  },
  'form-rows-missing': {
    vi: {
      msg: (p) =>
        `Biểu mẫu đã bị sửa: không còn tìm thấy ${s(p.count)} dòng (${s(p.rows)}), nên các giá trị điền ở đó không đọc được.`,
      hint: () =>
        'Không xóa mã nhiệm vụ ở cột A hay các dòng tiêu đề của biểu mẫu; đề nghị đơn vị điền lại vào biểu mẫu gốc.',
    },
    en: {
      msg: (p) =>
        `The form was altered: ${s(p.count)} row(s) can no longer be found (${s(p.rows)}), so the values entered there cannot be read.`,
      hint: () =>
        'Do not delete the task numbers in column A or the heading rows; ask the unit to fill in the original form again.',
    },
  },
  'date-two-digit-year': {
    vi: {
      msg: (p) => `Năm viết hai chữ số ("${s(p.value)}"): dcs hiểu là ${s(p.date)}.`,
      hint: () => 'Ghi năm đủ bốn chữ số, ví dụ 03/06/2026.',
    },
    en: {
      msg: (p) => `Two-digit year ("${s(p.value)}"): dcs reads it as ${s(p.date)}.`,
      hint: () => 'Write the year in four digits, e.g. 03/06/2026.',
    },
  },
  'report-task-blank': {
    vi: {
      msg: (p) => `Nhiệm vụ ${s(p.task)} để trống tiến độ: tính là đơn vị chưa báo cáo nhiệm vụ này.`,
      hint: () =>
        'Nếu đơn vị có báo cáo nhiệm vụ này, chọn một tiến độ: Hoàn thành, Đang thực hiện, Chưa thực hiện hoặc Không phát sinh.',
    },
    en: {
      msg: (p) => `Task ${s(p.task)} has no progress filled in: counted as not reported by the unit.`,
      hint: () =>
        'If the unit reports on this task, choose a progress: Hoàn thành, Đang thực hiện, Chưa thực hiện or Không phát sinh.',
    },
  },
  'report-number-out-of-range': {
    vi: {
      msg: (p) => `Số liệu của chỉ tiêu "${s(p.indicator)}" quá lớn (vượt ${s(p.limit)}), chắc là gõ nhầm.`,
      hint: () => 'Kiểm tra lại số liệu.',
    },
    en: {
      msg: (p) =>
        `The value of the indicator "${s(p.indicator)}" is too large (over ${s(p.limit)}); probably a typing mistake.`,
      hint: () => 'Check the value.',
    },
  },
  'form-version': {
    vi: {
      msg: (p) =>
        `Biểu mẫu do một phiên bản dcs mới hơn tạo (phiên bản biểu mẫu ${s(p.version)}; bản dcs này đọc đến phiên bản ${s(p.supported)}).`,
      hint: () =>
        'Cập nhật dcs (npm install) rồi chạy lại; hoặc gửi cho đơn vị biểu mẫu tạo bằng bản dcs này.',
    },
    en: {
      msg: (p) =>
        `The form was made by a newer dcs (form version ${s(p.version)}; this dcs reads up to version ${s(p.supported)}).`,
      hint: () => 'Update dcs (npm install) and run again, or send the unit a form made by this dcs.',
    },
  },
  'report-no-unit': {
    vi: {
      msg: () =>
        'Không biết đây là báo cáo của đơn vị nào: tệp không ghi mã một đơn vị của kế hoạch (trang ẩn của biểu mẫu đã bị sửa?).',
      hint: () => 'Đề nghị đơn vị điền lại vào biểu mẫu gốc tạo bằng dcs template cho đơn vị đó.',
    },
    en: {
      msg: () =>
        "Whose report this is cannot be told: the file names no unit of the plan (was the form's hidden sheet edited?).",
      hint: () => 'Ask the unit to fill in the original form made for it by dcs template.',
    },
  },
  'report-no-date': {
    vi: {
      msg: () =>
        'Báo cáo không có ngày gửi dùng được (trống, không có thật, hoặc năm ngoài 1900–2999), nên chưa tính được đúng hạn hay chậm.',
      hint: () => 'Ghi ngày đơn vị gửi báo cáo: YYYY-MM-DD trong YAML, dd/mm/yyyy trong biểu mẫu.',
    },
    en: {
      msg: () =>
        'The report has no usable submission date (empty, not a real day, or a year outside 1900–2999), so it cannot be counted on time or late.',
      hint: () => 'Give the date the unit sent it: YYYY-MM-DD in YAML, dd/mm/yyyy in a form.',
    },
  },
  'report-empty': {
    vi: {
      msg: (p) =>
        `Báo cáo không ghi tiến độ nhiệm vụ nào và không có số liệu chỉ tiêu nào: chưa tính là đơn vị "${s(p.unit)}" đã báo cáo.`,
      hint: () => 'Đề nghị đơn vị điền tiến độ các nhiệm vụ (cột Tiến độ thực hiện) rồi gửi lại.',
    },
    en: {
      msg: (p) =>
        `The report gives no progress for any task and no indicator value: unit "${s(p.unit)}" is not counted as having reported.`,
      hint: () => 'Ask the unit to fill in the progress of its tasks and send it again.',
    },
  },
  'form-name-other-unit': {
    vi: {
      msg: (p) =>
        `Tên tệp "${s(p.name)}" mang mã đơn vị "${s(p.named)}" nhưng biểu mẫu là của đơn vị "${s(p.unit)}"; dcs tính cho "${s(p.unit)}".`,
      hint: () => 'Kiểm tra xem đơn vị có gửi nhầm biểu mẫu không; nếu đúng, đổi tên tệp cho khỏi nhầm.',
    },
    en: {
      msg: (p) =>
        `The file name "${s(p.name)}" carries the unit id "${s(p.named)}" but the form is unit "${s(p.unit)}"'s; dcs counts it for "${s(p.unit)}".`,
      hint: () =>
        'Check whether the unit sent the wrong form; if not, rename the file to avoid the confusion.',
    },
  },
  'yaml-too-deep': {
    vi: {
      msg: () =>
        'Tệp YAML lồng nhau quá nhiều tầng (hàng nghìn dấu "[" hoặc "-" lồng nhau) nên không được đọc.',
      hint: () => 'Một tệp kế hoạch chỉ lồng vài tầng; kiểm tra xem có dán nhầm dữ liệu vào tệp không.',
    },
    en: {
      msg: () => 'The YAML file is nested too deeply (thousands of nested "[" or "-"), so it was not read.',
      hint: () => 'A plan file nests only a few levels; check that nothing was pasted into it by mistake.',
    },
  },
};

export type { MessageCode };
