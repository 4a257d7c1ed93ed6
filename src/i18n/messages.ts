// Diagnostic messages, keyed by their stable code, in Vietnamese and English. A message says what
// is wrong; a hint says what to do. Params are filled in by the rule that found the problem.
import type { Params } from '../model/diagnostic.js';

type Text = (p: Params) => string;
export interface Message { msg: Text; hint?: Text }
export type Lang = 'vi' | 'en';

const s = (v: Params[string] | undefined): string => (v === undefined ? '' : String(v));
// Names of JSON types, id kinds and id shapes, so params stay language-neutral.
const TYPES: Record<Lang, Record<string, string>> = {
  vi: { string: 'chữ (chuỗi)', number: 'một số', integer: 'một số nguyên', boolean: 'true hoặc false', object: 'một khối các trường', array: 'một danh sách (các dòng "- ")', null: 'null (để trống)' },
  en: { string: 'text (a string)', number: 'a number', integer: 'an integer', boolean: 'true or false', object: 'a block of fields', array: 'a list ("- " lines)', null: 'null (empty)' },
};
const KINDS: Record<Lang, Record<string, string>> = {
  vi: { task: 'nhiệm vụ', unit: 'đơn vị', group: 'nhóm', appendix: 'phụ lục', objective: 'mục tiêu', measure: 'biện pháp', indicator: 'chỉ tiêu', basis: 'văn bản căn cứ', period: 'kỳ báo cáo' },
  en: { task: 'task', unit: 'unit', group: 'group', appendix: 'appendix', objective: 'objective', measure: 'measure', indicator: 'indicator', basis: 'legal basis', period: 'reporting period' },
};
const SHAPES: Record<Lang, Record<string, [string, string]>> = {
  vi: {
    'unit-id': ['mã đơn vị', 'Mã đơn vị gồm chữ thường không dấu, số và dấu gạch nối, ví dụ "vhxh", "tdp-1".'],
    'ref': ['mã đơn vị hoặc nhóm', 'Ghi mã đơn vị ("vhxh") hoặc nhóm trong dấu nháy ("@to-dan-pho").'],
    'task-id': ['số thứ tự nhiệm vụ', 'Ví dụ "II.1", "IV.2.a", "PL1.1.3"; đặt trong dấu nháy.'],
    'date': ['ngày YYYY-MM-DD', 'Ghi ngày dạng "2026-06-04" (năm-tháng-ngày, trong dấu nháy).'],
    'period': ['kỳ báo cáo', 'Ghi <năm>-<mã kỳ>, ví dụ "2026-6t".'],
    'file': ['tên tệp YAML', 'Ví dụ "phu-luc-1.yaml".'],
    'id': ['mã', 'Mã gồm chữ thường không dấu, số và dấu gạch nối.'],
  },
  en: {
    'unit-id': ['unit id', 'A unit id is lower-case ASCII letters, digits and hyphens, e.g. "vhxh", "tdp-1".'],
    'ref': ['unit or group reference', 'Give a unit id ("vhxh") or a quoted group ("@to-dan-pho").'],
    'task-id': ['task number', 'E.g. "II.1", "IV.2.a", "PL1.1.3"; quote it.'],
    'date': ['YYYY-MM-DD date', 'Write the date as "2026-06-04" (year-month-day, quoted).'],
    'period': ['period id', 'Write <year>-<period id>, e.g. "2026-6t".'],
    'file': ['YAML file name', 'E.g. "phu-luc-1.yaml".'],
    'id': ['id', 'An id is lower-case ASCII letters, digits and hyphens.'],
  },
};
const typeName = (lang: Lang, t: Params[string] | undefined): string => String(t ?? '').split('|').map((x) => TYPES[lang][x] ?? x).join(lang === 'vi' ? ' hoặc ' : ' or ');
const kindName = (lang: Lang, k: Params[string] | undefined): string => KINDS[lang][String(k)] ?? String(k);
const shape = (lang: Lang, w: Params[string] | undefined): [string, string] => SHAPES[lang][String(w)] ?? SHAPES[lang].id!;

const mean = (p: Params, vi: boolean): string => (p.suggestion ? (vi ? ` Có phải ý bạn là "${s(p.suggestion)}"?` : ` Did you mean "${s(p.suggestion)}"?`) : '');

export const vi = {
  'read-error': { msg: (p) => `Không đọc được tệp: ${s(p.detail)}.`, hint: () => 'Kiểm tra đường dẫn và quyền đọc tệp.' },
  'not-utf8': { msg: (p) => `Tệp không phải là văn bản UTF-8${p.encoding ? ` (có vẻ là ${s(p.encoding)})` : ''}: byte không hợp lệ ở đây.`, hint: () => 'Mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8 (Unicode).' },
  'not-nfc': { msg: () => 'Văn bản dùng dạng Unicode tổ hợp (NFD); dcs đã tự chuẩn hóa sang dạng dựng sẵn (NFC) để đọc.', hint: () => 'Lưu lại tệp ở dạng Unicode dựng sẵn (NFC) để chữ có dấu được so khớp đúng ở mọi nơi.' },
  'empty-file': { msg: () => 'Tệp trống: không có nội dung YAML nào.', hint: () => 'Điền nội dung theo mẫu, hoặc xóa tệp nếu không dùng.' },
  'file-too-large': { msg: (p) => `Tệp quá lớn (${s(p.size)} MB; giới hạn ${s(p.limit)} MB) nên không được đọc.`, hint: () => 'Một tệp kế hoạch hay báo cáo chỉ vài chục KB; kiểm tra xem có dán nhầm dữ liệu vào tệp không.' },
  'yaml-syntax': { msg: (p) => `Lỗi cú pháp YAML: ${s(p.detail)}.`, hint: () => 'Kiểm tra thụt lề (dùng dấu cách), dấu hai chấm sau tên trường, và dấu nháy đóng mở đủ cặp.' },
  'duplicate-key': { msg: (p) => `Trường "${s(p.key)}" xuất hiện hai lần trong cùng một khối.`, hint: () => 'Xóa một trong hai dòng, hoặc đổi tên trường bị trùng.' },
  'yaml-tab': { msg: () => 'Dùng ký tự Tab để thụt lề.', hint: () => 'YAML chỉ cho phép thụt lề bằng dấu cách; thay Tab bằng dấu cách.' },
  'multiple-documents': { msg: () => 'Tệp có nhiều hơn một tài liệu YAML (có dòng "---" ở giữa).', hint: () => 'Mỗi tệp chỉ chứa một tài liệu; xóa dòng "---" hoặc tách thành tệp riêng.' },
  'alias-bomb': { msg: () => 'Tệp dùng quá nhiều bí danh YAML (*alias), có thể là dữ liệu độc hại; dcs không mở rộng chúng.', hint: () => 'Viết thẳng giá trị thay vì dùng &neo và *bí-danh.' },
  'unquoted-at': { msg: () => 'Giá trị bắt đầu bằng "@" phải đặt trong dấu nháy.', hint: (p) => `Viết "${s(p.value)}" (có dấu nháy kép).` },
  'schema-required': { msg: (p) => `Thiếu trường bắt buộc "${s(p.property)}".`, hint: (p) => (p.title ? `Thêm ${s(p.property)} (${s(p.title)}).` : `Thêm trường ${s(p.property)}.`) },
  'schema-unknown-property': { msg: (p) => `Trường "${s(p.property)}" không có trong mẫu.${mean(p, true)}`, hint: (p) => `Các trường được phép: ${s(p.allowed)}.` },
  'schema-type': { msg: (p) => `Giá trị phải là ${typeName('vi', p.expected)}${p.actual ? `, nhưng đang là ${typeName('vi', p.actual)}` : ''}.`, hint: (p) => (p.quote ? `Đặt giá trị trong dấu nháy: "${s(p.quote)}".` : 'Sửa giá trị cho đúng kiểu.') },
  'schema-enum': { msg: (p) => `"${s(p.value)}" không phải là giá trị hợp lệ.${mean(p, true)}`, hint: (p) => `Chọn một trong: ${s(p.allowed)}.` },
  'schema-pattern': { msg: (p) => `"${s(p.value)}" không đúng dạng ${shape('vi', p.what)[0]}.`, hint: (p) => shape('vi', p.what)[1] },
  'schema-empty': { msg: () => 'Giá trị không được để trống.', hint: () => 'Điền nội dung, hoặc xóa cả dòng nếu trường không bắt buộc.' },
  'schema-range': { msg: (p) => `Giá trị ${s(p.value)} nằm ngoài khoảng cho phép (${s(p.limit)}).` },
  'schema-invalid': { msg: (p) => `Giá trị không hợp lệ: ${s(p.detail)}.` },
  'impossible-date': { msg: (p) => `"${s(p.value)}" không phải là một ngày có thật.`, hint: () => 'Kiểm tra ngày và tháng (tháng 2 có 28 ngày, hoặc 29 ngày vào năm nhuận; tháng 4, 6, 9, 11 có 30 ngày).' },
  'duplicate-id': { msg: (p) => `Mã ${kindName('vi', p.kind)} "${s(p.id)}" bị trùng; đã dùng ở ${s(p.first)}.`, hint: () => 'Mỗi mã phải là duy nhất; đổi một trong hai mã.' },
  'unknown-unit': { msg: (p) => `Không có đơn vị mã "${s(p.ref)}" trong units.yaml.${mean(p, true)}`, hint: () => 'Dùng mã một đơn vị trong units.yaml, hoặc thêm đơn vị đó vào units.yaml.' },
  'unknown-group': { msg: (p) => `Không có nhóm "${s(p.ref)}" trong units.yaml.${mean(p, true)}`, hint: () => 'Dùng mã một nhóm trong phần groups của units.yaml, viết "@mã-nhóm".' },
  'group-not-allowed': { msg: (p) => `"${s(p.ref)}" là một nhóm; ở đây chỉ dùng mã đơn vị.`, hint: () => 'Bỏ dấu "@" và ghi mã một đơn vị.' },
  'lead-is-support': { msg: (p) => `"${s(p.ref)}" vừa là đơn vị chủ trì vừa là đơn vị phối hợp của nhiệm vụ ${s(p.task)}.`, hint: () => 'Xóa đơn vị này khỏi danh sách phối hợp.' },
  'units-missing': { msg: () => 'Không tìm thấy tệp units.yaml trong thư mục kế hoạch.', hint: () => 'Tạo units.yaml liệt kê các đơn vị và nhóm đơn vị (xem README).' },
  'appendix-missing': { msg: (p) => `Phụ lục ${s(p.id)} khai báo tệp "${s(p.file)}" nhưng tệp không tồn tại.`, hint: () => 'Tạo tệp phụ lục, hoặc sửa tên tệp trong plan.yaml.' },
  'appendix-unlisted': { msg: (p) => `Tệp "${s(p.file)}" có trong thư mục nhưng không được khai báo trong appendices của plan.yaml.`, hint: () => 'Thêm phụ lục vào appendices trong plan.yaml, hoặc xóa tệp.' },
  'appendix-id-mismatch': { msg: (p) => `Mã phụ lục "${s(p.id)}" khác với mã "${s(p.expected)}" khai báo trong plan.yaml.`, hint: () => 'Sửa cho hai mã trùng nhau.' },
  'appendix-empty': { msg: (p) => `Phụ lục ${s(p.id)} chưa có mục tiêu hay biện pháp nào.`, hint: () => 'Bổ sung nội dung phụ lục khi có văn bản.' },
  'group-empty': { msg: (p) => `Nhóm "${s(p.group)}" chưa có đơn vị nào.`, hint: () => 'Thêm các đơn vị thuộc nhóm vào units.yaml khi có danh sách.' },
  'reporting-empty': { msg: () => 'Chưa có đơn vị nào phải gửi báo cáo (reporting.units không chọn được đơn vị nào).', hint: () => 'Kiểm tra reporting.units và các nhóm trong units.yaml.' },
  'draft-with-number': { msg: (p) => `Kế hoạch đang là dự thảo (status: draft) nhưng đã có ${p.field === 'date' ? 'ngày ban hành' : 'số, ký hiệu'}.`, hint: () => 'Đổi status thành issued khi đã ban hành, hoặc để null khi còn là dự thảo.' },
  'issued-without-number': { msg: (p) => `Kế hoạch đã ban hành (status: issued) nhưng chưa có ${p.field === 'date' ? 'ngày ban hành' : 'số, ký hiệu'}.`, hint: () => 'Điền số và ngày ban hành, hoặc đổi status thành draft.' },
  'unknown-timezone': { msg: (p) => `Không biết múi giờ "${s(p.zone)}"; dcs dùng Asia/Ho_Chi_Minh.`, hint: () => 'Ghi tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh, hoặc xóa dòng này.' },
} satisfies Record<string, Message>;

export type MessageCode = keyof typeof vi;

export const en: Record<MessageCode, Message> = {
  'read-error': { msg: (p) => `Cannot read the file: ${s(p.detail)}.`, hint: () => 'Check the path and the read permission.' },
  'not-utf8': { msg: (p) => `The file is not UTF-8 text${p.encoding ? ` (it looks like ${s(p.encoding)})` : ''}: invalid byte here.`, hint: () => 'Open the file in an editor and save it again as UTF-8 (Unicode).' },
  'not-nfc': { msg: () => 'The text uses decomposed Unicode (NFD); dcs normalised it to composed form (NFC) to read it.', hint: () => 'Save the file in composed Unicode (NFC) so accented names match everywhere.' },
  'empty-file': { msg: () => 'The file is empty: it holds no YAML.', hint: () => 'Fill it in from the template, or delete it if unused.' },
  'file-too-large': { msg: (p) => `The file is too large (${s(p.size)} MB; the limit is ${s(p.limit)} MB) and was not read.`, hint: () => 'A plan or report file is a few tens of KB; check that nothing was pasted into it by mistake.' },
  'yaml-syntax': { msg: (p) => `YAML syntax error: ${s(p.detail)}.`, hint: () => 'Check the indentation (spaces), the colon after each field name, and that quotes are closed.' },
  'duplicate-key': { msg: (p) => `The field "${s(p.key)}" appears twice in the same block.`, hint: () => 'Delete one of the two lines, or rename the duplicate field.' },
  'yaml-tab': { msg: () => 'A tab character is used for indentation.', hint: () => 'YAML indents with spaces only; replace the tab with spaces.' },
  'multiple-documents': { msg: () => 'The file holds more than one YAML document (a "---" line in the middle).', hint: () => 'One document per file: delete the "---" line or split the file.' },
  'alias-bomb': { msg: () => 'The file uses too many YAML aliases (*alias), which may be malicious; dcs does not expand them.', hint: () => 'Write the values out instead of using &anchors and *aliases.' },
  'unquoted-at': { msg: () => 'A value that starts with "@" must be quoted.', hint: (p) => `Write "${s(p.value)}" (with double quotes).` },
  'schema-required': { msg: (p) => `The required field "${s(p.property)}" is missing.`, hint: (p) => `Add ${s(p.property)}.` },
  'schema-unknown-property': { msg: (p) => `The field "${s(p.property)}" is not part of the schema.${mean(p, false)}`, hint: (p) => `Allowed fields: ${s(p.allowed)}.` },
  'schema-type': { msg: (p) => `The value must be ${typeName('en', p.expected)}${p.actual ? `, but it is ${typeName('en', p.actual)}` : ''}.`, hint: (p) => (p.quote ? `Quote the value: "${s(p.quote)}".` : 'Correct the value.') },
  'schema-enum': { msg: (p) => `"${s(p.value)}" is not an allowed value.${mean(p, false)}`, hint: (p) => `Choose one of: ${s(p.allowed)}.` },
  'schema-pattern': { msg: (p) => `"${s(p.value)}" is not a valid ${shape('en', p.what)[0]}.`, hint: (p) => shape('en', p.what)[1] },
  'schema-empty': { msg: () => 'The value must not be empty.', hint: () => 'Fill it in, or delete the whole line if the field is optional.' },
  'schema-range': { msg: (p) => `The value ${s(p.value)} is out of range (${s(p.limit)}).` },
  'schema-invalid': { msg: (p) => `Invalid value: ${s(p.detail)}.` },
  'impossible-date': { msg: (p) => `"${s(p.value)}" is not a real date.`, hint: () => 'Check the day and month (February has 28 days, 29 in a leap year; April, June, September and November have 30).' },
  'duplicate-id': { msg: (p) => `The ${kindName('en', p.kind)} id "${s(p.id)}" is used twice; first at ${s(p.first)}.`, hint: () => 'Every id must be unique; rename one of them.' },
  'unknown-unit': { msg: (p) => `There is no unit "${s(p.ref)}" in units.yaml.${mean(p, false)}`, hint: () => 'Use the id of a unit in units.yaml, or add that unit to units.yaml.' },
  'unknown-group': { msg: (p) => `There is no group "${s(p.ref)}" in units.yaml.${mean(p, false)}`, hint: () => 'Use the id of a group in the groups of units.yaml, written "@group-id".' },
  'group-not-allowed': { msg: (p) => `"${s(p.ref)}" is a group; only a unit id is allowed here.`, hint: () => 'Drop the "@" and give the id of one unit.' },
  'lead-is-support': { msg: (p) => `"${s(p.ref)}" is both the lead and a supporting unit of task ${s(p.task)}.`, hint: () => 'Remove it from the supporting units.' },
  'units-missing': { msg: () => 'units.yaml was not found in the plan folder.', hint: () => 'Create units.yaml listing the units and groups (see the README).' },
  'appendix-missing': { msg: (p) => `Appendix ${s(p.id)} names the file "${s(p.file)}", which does not exist.`, hint: () => 'Create the appendix file, or correct its name in plan.yaml.' },
  'appendix-unlisted': { msg: (p) => `The file "${s(p.file)}" is in the folder but not listed in the appendices of plan.yaml.`, hint: () => 'Add it to appendices in plan.yaml, or delete the file.' },
  'appendix-id-mismatch': { msg: (p) => `The appendix id "${s(p.id)}" differs from the id "${s(p.expected)}" given in plan.yaml.`, hint: () => 'Make the two ids the same.' },
  'appendix-empty': { msg: (p) => `Appendix ${s(p.id)} has no objectives or measures yet.`, hint: () => 'Fill in the appendix when its text is available.' },
  'group-empty': { msg: (p) => `The group "${s(p.group)}" has no units yet.`, hint: () => 'Add its units to units.yaml when the list is known.' },
  'reporting-empty': { msg: () => 'No unit owes reports (reporting.units selects no unit).', hint: () => 'Check reporting.units and the groups in units.yaml.' },
  'draft-with-number': { msg: (p) => `The plan is a draft (status: draft) but has ${p.field === 'date' ? 'a date' : 'a number'}.`, hint: () => 'Set status to issued once it is issued, or leave it null while a draft.' },
  'issued-without-number': { msg: (p) => `The plan is issued (status: issued) but has no ${p.field === 'date' ? 'date' : 'number'}.`, hint: () => 'Fill in the number and date, or set status to draft.' },
  'unknown-timezone': { msg: (p) => `Unknown time zone "${s(p.zone)}"; dcs uses Asia/Ho_Chi_Minh.`, hint: () => 'Give an IANA zone name such as Asia/Ho_Chi_Minh, or delete the line.' },
};

export const catalogs: Record<Lang, Record<MessageCode, Message>> = { vi, en };
