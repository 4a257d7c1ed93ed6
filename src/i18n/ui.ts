// Words of the interface other than diagnostics: headings, labels, usage errors, help.
import type { Lang } from './messages.js';

const vi = {
  error: 'lỗi',
  warning: 'cảnh báo',
  hint: 'gợi ý',
  summaryClean: (p: { files: number }) => `Không có lỗi hay cảnh báo trong ${p.files} tệp.`,
  summary: (p: { errors: number; warnings: number; files: number }) => `${p.errors} lỗi, ${p.warnings} cảnh báo trong ${p.files} tệp đã kiểm tra.`,
  strictNote: 'Có cảnh báo và đang dùng --strict: coi như không đạt.',
  // usage errors
  'usage.unknownCommand': (p: { token: string }) => `Không có lệnh "${p.token}".`,
  'usage.unknownOption': (p: { token: string }) => `Không có tùy chọn "${p.token}".`,
  'usage.didYouMean': (p: { suggestion: string }) => `Có phải ý bạn là "${p.suggestion}"?`,
  'usage.missingArgument': (p: { token: string }) => `Thiếu giá trị cho "${p.token}".`,
  'usage.badChoice': (p: { option: string; value: string; allowed: string }) => `"${p.value}" không phải giá trị hợp lệ của ${p.option}; chọn một trong: ${p.allowed}.`,
  'usage.excessArguments': (p: { token: string }) => `Thừa tham số: ${p.token}.`,
  'usage.generic': (p: { detail: string }) => `Lệnh không hợp lệ: ${p.detail}`,
  'usage.seeHelp': 'Xem "dcs --help" để biết các lệnh và tùy chọn.',
  'usage.planNotFound': (p: { dir: string }) => `Không tìm thấy kế hoạch: thư mục "${p.dir}" không có plan.yaml.`,
  'usage.noPlan': () => 'Không tìm thấy thư mục kế hoạch nào (thư mục có plan.yaml) ở đây, ở thư mục cha, hay trong ./plans/. Dùng --plan THƯ-MỤC hoặc biến môi trường DCS_PLAN.',
  'usage.severalPlans': (p: { list: string }) => `Có nhiều kế hoạch trong ./plans/ (${p.list}); chọn một bằng --plan THƯ-MỤC.`,
  'usage.fileNotFound': (p: { file: string }) => `Không có tệp "${p.file}".`,
  'usage.fileOutsidePlan': (p: { file: string; dir: string }) => `Tệp "${p.file}" không thuộc thư mục kế hoạch "${p.dir}".`,
  'usage.badLang': (p: { value: string }) => `Ngôn ngữ "${p.value}" không được hỗ trợ; dùng vi hoặc en.`,
  internal: (p: { detail: string }) => `Lỗi nội bộ của dcs: ${p.detail}. Hãy báo lỗi này cho người phát triển (đặt DCS_DEBUG=1 để xem chi tiết).`,
  // help
  'help.description': 'dcs: kiểm tra kế hoạch thực hiện dân chủ ở cơ sở, theo dõi hạn và tổng hợp báo cáo.',
  'help.plan': 'thư mục kế hoạch (mặc định: $DCS_PLAN, thư mục gần nhất có plan.yaml, hoặc kế hoạch duy nhất trong ./plans/)',
  'help.lang': 'ngôn ngữ: vi (mặc định) hoặc en',
  'help.noColor': 'không tô màu (cũng tắt khi đặt NO_COLOR)',
  'help.version': 'in số phiên bản',
  'help.help': 'hiển thị trợ giúp',
  'help.helpCommand': 'hiển thị trợ giúp của một lệnh',
  'help.check': 'kiểm tra kế hoạch, đơn vị, phụ lục và báo cáo: cú pháp, mẫu (schema) và các quy tắc đối chiếu',
  'help.check.files': 'chỉ báo lỗi của các tệp này (mặc định: cả thư mục kế hoạch)',
  'help.check.format': 'định dạng: text, json hoặc github',
  'help.check.strict': 'coi cảnh báo là lỗi (mã thoát 1)',
  'help.title.Usage:': 'Cách dùng:',
  'help.title.Options:': 'Tùy chọn:',
  'help.title.Commands:': 'Lệnh:',
  'help.title.Arguments:': 'Tham số:',
  'help.title.Global Options:': 'Tùy chọn chung:',
};

type Catalog = typeof vi;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const en: Catalog = {
  error: 'error',
  warning: 'warning',
  hint: 'hint',
  summaryClean: (p) => `No errors or warnings in ${plural(p.files, 'file')}.`,
  summary: (p) => `${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')} in ${plural(p.files, 'file')} checked.`,
  strictNote: 'Warnings found and --strict is set: failing.',
  'usage.unknownCommand': (p) => `There is no command "${p.token}".`,
  'usage.unknownOption': (p) => `There is no option "${p.token}".`,
  'usage.didYouMean': (p) => `Did you mean "${p.suggestion}"?`,
  'usage.missingArgument': (p) => `"${p.token}" needs a value.`,
  'usage.badChoice': (p) => `"${p.value}" is not a valid value for ${p.option}; choose one of: ${p.allowed}.`,
  'usage.excessArguments': (p) => `Too many arguments: ${p.token}.`,
  'usage.generic': (p) => `Invalid command: ${p.detail}`,
  'usage.seeHelp': 'See "dcs --help" for the commands and options.',
  'usage.planNotFound': (p) => `Plan not found: the folder "${p.dir}" has no plan.yaml.`,
  'usage.noPlan': () => 'No plan folder (a folder holding plan.yaml) here, above here, or in ./plans/. Use --plan DIR or the DCS_PLAN environment variable.',
  'usage.severalPlans': (p) => `There are several plans in ./plans/ (${p.list}); choose one with --plan DIR.`,
  'usage.fileNotFound': (p) => `There is no file "${p.file}".`,
  'usage.fileOutsidePlan': (p) => `The file "${p.file}" is not in the plan folder "${p.dir}".`,
  'usage.badLang': (p) => `The language "${p.value}" is not supported; use vi or en.`,
  internal: (p) => `Internal error in dcs: ${p.detail}. Please report it to the developers (set DCS_DEBUG=1 for details).`,
  'help.description': 'dcs: checks a grassroots-democracy implementation plan, tracks its deadlines and compiles the units\' reports.',
  'help.plan': 'plan folder (default: $DCS_PLAN, the nearest folder holding plan.yaml, or the only plan under ./plans/)',
  'help.lang': 'language: vi (default) or en',
  'help.noColor': 'no colours (also off when NO_COLOR is set)',
  'help.version': 'print the version',
  'help.help': 'show help',
  'help.helpCommand': 'show help for a command',
  'help.check': 'check the plan, units, appendices and reports: syntax, schema and cross-checks',
  'help.check.files': 'report only on these files (default: the whole plan folder)',
  'help.check.format': 'format: text, json or github',
  'help.check.strict': 'treat warnings as errors (exit code 1)',
  'help.title.Usage:': 'Usage:',
  'help.title.Options:': 'Options:',
  'help.title.Commands:': 'Commands:',
  'help.title.Arguments:': 'Arguments:',
  'help.title.Global Options:': 'Global Options:',
};

export type UiKey = keyof Catalog;
export const ui: Record<Lang, Catalog> = { vi, en };

type ParamsOf<K extends UiKey> = Catalog[K] extends (p: infer P) => string ? P : never;
/** One interface string in the given language. */
export function t<K extends UiKey>(lang: Lang, key: K, ...params: Catalog[K] extends string ? [] : [ParamsOf<K>]): string {
  const entry = ui[lang][key] as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(params[0]) : entry;
}
