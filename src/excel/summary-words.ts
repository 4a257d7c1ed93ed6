// The words of the compiled workbook, in Vietnamese (the document a ward signs) and English.
import type { Lang } from '../i18n/messages.js';
import { formatDateLine, parseIso } from '../time/calendar.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const vi = {
  sheets: ['Tổng hợp', 'Tình hình gửi báo cáo', 'Chi tiết', 'Chỉ tiêu', 'Khó khăn - Kiến nghị', 'Nguồn dữ liệu'],
  /** "ngày 05 tháng 6 năm 2026", as Nghị định 30 writes a document's date. */
  dateLine: (iso: string) => formatDateLine(iso),
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  title: 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH',
  attached: (issuer: string, number?: string, date?: string) => `(Kèm theo Báo cáo số ${number ?? '        /BC-UBND'} ngày ${date ?? '      /      /        '} của ${issuer})`,
  taskHead: ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Số đơn vị được giao', 'Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Không phát sinh', 'Chưa báo cáo', 'Tỷ lệ hoàn thành (%)'],
  total: 'Tổng số lượt (đơn vị × nhiệm vụ)',
  preparer: 'NGƯỜI LẬP BIỂU',
  unitsTitle: 'TÌNH HÌNH GỬI BÁO CÁO',
  unitHead: ['STT', 'Đơn vị', 'Số báo cáo', 'Người ký', 'Ngày gửi', 'Hạn gửi', 'Tình trạng', 'Lý do bị loại', 'Liên hệ'],
  onTime: 'Đúng hạn',
  late: (n: number) => `Chậm ${n} ngày`,
  missing: 'Chưa gửi',
  rejectedUnit: 'Đã gửi — bị loại',
  statuses: { 'hoan-thanh': 'Hoàn thành', 'dang-thuc-hien': 'Đang thực hiện', 'chua-thuc-hien': 'Chưa thực hiện', 'khong-phat-sinh': 'Không phát sinh' },
  notReported: 'Chưa báo cáo',
  reportRejected: 'Báo cáo bị loại',
  detailTitle: 'CHI TIẾT KẾT QUẢ THEO ĐƠN VỊ',
  detailHead: ['Đơn vị', 'STT', 'Nhiệm vụ', 'Tiến độ thực hiện', 'Kết quả', 'Ghi chú'],
  indTitle: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  indHead: ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu kế hoạch', 'Kết quả', 'Số đơn vị báo cáo', 'So với chỉ tiêu (%)'],
  remarkTitle: 'KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ',
  remarkHead: ['Đơn vị', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị'],
  none: '(Không có)',
  sourceTitle: 'NGUỒN DỮ LIỆU: CÁC TỆP TRONG THƯ MỤC KỲ BÁO CÁO',
  sourceHead: ['STT', 'Tệp', 'Đơn vị', 'SHA-256', 'Sử dụng', 'Lý do'],
  dispositions: { used: 'Đã dùng', 'received-with-errors': 'Bị loại (đơn vị đã gửi, cần sửa)', attachment: 'Tệp đính kèm', elsewhere: 'Không thuộc kỳ này', stray: 'Không phải báo cáo' },
  page: 'Trang',
};
type Words = typeof vi;
const en: Words = {
  sheets: ['Summary', 'Report submission', 'Details', 'Indicators', 'Difficulties - Proposals', 'Sources'],
  dateLine: (iso) => {
    const p = parseIso(iso);
    return p ? `${p.d} ${MONTHS[p.m - 1]!} ${p.y}` : iso;
  },
  nation: 'SOCIALIST REPUBLIC OF VIET NAM',
  motto: 'Independence - Freedom - Happiness',
  title: 'SUMMARY OF THE RESULTS OF THE PLAN',
  attached: (issuer, number, date) => `(Attached to Report No. ${number ?? '        /BC-UBND'} of ${date ?? '      /      /        '} of ${issuer})`,
  taskHead: ['No.', 'Task', 'Lead', 'Units assigned', 'Done', 'In progress', 'Not started', 'Not applicable', 'Not reported', 'Completion (%)'],
  total: 'Total unit-task pairs',
  preparer: 'PREPARED BY',
  unitsTitle: 'REPORT SUBMISSION',
  unitHead: ['No.', 'Unit', 'Report No.', 'Signed by', 'Sent on', 'Deadline', 'Status', 'Why rejected', 'Contact'],
  onTime: 'On time',
  late: (n) => `${n} ${n === 1 ? 'day' : 'days'} late`,
  missing: 'Not sent',
  rejectedUnit: 'Sent — rejected',
  statuses: { 'hoan-thanh': 'Done', 'dang-thuc-hien': 'In progress', 'chua-thuc-hien': 'Not started', 'khong-phat-sinh': 'Not applicable' },
  notReported: 'Not reported',
  reportRejected: 'Report rejected',
  detailTitle: 'DETAILS BY UNIT',
  detailHead: ['Unit', 'No.', 'Task', 'Progress', 'Result', 'Note'],
  indTitle: 'INDICATORS',
  indHead: ['Id', 'Indicator', 'Unit', 'Target', 'Achieved', 'Units reporting', 'Of target (%)'],
  remarkTitle: 'DIFFICULTIES AND PROPOSALS OF THE UNITS',
  remarkHead: ['Unit', 'Difficulties', 'Proposals'],
  none: '(None)',
  sourceTitle: 'SOURCES: EVERY FILE IN THE PERIOD FOLDER',
  sourceHead: ['No.', 'File', 'Unit', 'SHA-256', 'Use', 'Reason'],
  dispositions: { used: 'Used', 'received-with-errors': 'Rejected (sent by the unit, needs fixing)', attachment: 'Attachment', elsewhere: 'Not this period\'s', stray: 'Not a report' },
  page: 'Page',
};
export const WORDS: Record<Lang, Words> = { vi, en };
