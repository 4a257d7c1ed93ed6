// The YAML form: the same content as the Excel form, with comments in Vietnamese explaining each
// field, ready to fill in and drop into reports/<period>/.
import { formatDeadline } from '../time/calendar.js';
import { STATUS_LABELS, type FormContent } from './content.js';
import { periodInWords } from '../model/periods.js';

const q = (s: string): string => JSON.stringify(s);

/** `schema`: the path of report.schema.json as seen from the period folder the form goes into. */
export function yamlForm(c: FormContent, schema: string): string {
  const statuses = Object.entries(STATUS_LABELS)
    .map(([k, v]) => `${k} (${v})`)
    .join(', ');
  const lines = [
    `# yaml-language-server: $schema=${schema}`,
    `# BÁO CÁO của ${c.unit.name}: ${periodInWords(c.periodName, c.year)} — ${c.planTitle.replace(/\s+/g, ' ')}`,
    `# Hạn gửi: chậm nhất ${formatDeadline(c.deadline, 'vi')} (${c.deadlinePhrase}).`,
    '# Điền các trường còn trống, rồi đặt tệp vào thư mục reports/' +
      c.instance +
      '/ của kế hoạch, giữ tên tệp.',
    `unit: ${c.unit.id}            # mã đơn vị: không sửa`,
    `period: ${c.instance}         # kỳ báo cáo: không sửa`,
    'submitted: ""           # ngày gửi báo cáo, dạng "2026-06-03" (năm-tháng-ngày)',
    '# number: "05/BC-..."   # số báo cáo: bỏ dấu # ở đầu dòng và điền, nếu có',
    '# signer: "..."         # họ tên, chức vụ người ký: bỏ dấu # ở đầu dòng và điền, nếu có',
    `# Tiến độ (status) của mỗi nhiệm vụ, một trong: ${statuses}.`,
    '# Nhiệm vụ không báo cáo thì xóa cả mục; result: kết quả đạt được; note: ghi chú.',
    c.tasks.length ? 'tasks:' : 'tasks: []',
  ];
  for (const t of c.tasks) {
    lines.push(
      `  # ${t.role === 'lead' ? 'Chủ trì' : 'Phối hợp'}${t.via ? ` (qua nhóm ${t.via})` : ''}: ${t.content.replace(/\s+/g, ' ')}`,
    );
    lines.push(`  - task: ${q(t.id)}`, '    status: ""', '    result: ""', '    note: ""');
  }
  if (c.indicators.length) {
    lines.push(
      '# Chỉ tiêu: một số, hoặc {value: số đạt được, of: tổng số} với chỉ tiêu tính tỷ lệ; để trống là chưa báo cáo.',
      'indicators:',
    );
    for (const i of c.indicators) {
      lines.push(`  # ${i.name} (đơn vị tính: ${i.unit}; chỉ tiêu kế hoạch: ${i.target})`);
      lines.push(i.aggregate === 'ratio' ? `  ${i.id}: {value: , of: }` : `  ${i.id}:`);
    }
  }
  lines.push(
    'difficulties: ""        # khó khăn, vướng mắc',
    'proposals: ""           # đề xuất, kiến nghị',
    '',
  );
  return lines.join('\n');
}
