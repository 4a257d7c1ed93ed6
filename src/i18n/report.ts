// The words of the ward's Báo cáo that `dcs draft` writes. Vietnamese only, whatever --lang says: it
// is the administrative document the ward signs and sends up, and the units' own text in it is
// Vietnamese. The header and signature words it shares with the workbook come from workbook.ts.

/** What the clerk must still write is put in square brackets and highlighted in the document. */
export const REPORT = {
  title: 'BÁO CÁO',
  /** The plan as the document cites it; blanks while the plan is a draft without number or date. */
  plan: (number: string | null, date: string | null) => `Kế hoạch số ${number ?? '…'} ngày ${date ?? '…'}`,
  subject: (period: string, plan: string) => `Kết quả ${period} thực hiện ${plan}`,
  opening: (plan: string, issuer: string, about: string, period: string) =>
    `Thực hiện ${plan} của ${issuer}${about ? ` về ${about}` : ''}; trên cơ sở báo cáo của các cơ quan, đơn vị, ${issuer} báo cáo kết quả ${period} như sau:`,
  results: 'I. KẾT QUẢ THỰC HIỆN',
  submissionHeading: 'Tình hình gửi báo cáo của các đơn vị',
  planTasks: 'Các nhiệm vụ của Kế hoạch',
  indicators: 'Kết quả thực hiện các chỉ tiêu',
  section: (s: string) => (/^([IVXLC]+|\d+)([.)]|$)/.test(s) ? `Mục ${s}` : s),
  difficulties: 'II. KHÓ KHĂN, VƯỚNG MẮC',
  proposals: 'III. ĐỀ XUẤT, KIẾN NGHỊ',
  noDifficulties: '[Bổ sung nếu có: các đơn vị không nêu khó khăn, vướng mắc.]',
  noProposals: '[Bổ sung nếu có: các đơn vị không nêu đề xuất, kiến nghị.]',
  counts: {
    done: (done: number, of: number) => `${done}/${of} đơn vị hoàn thành`,
    inProgress: (n: number) => `${n} đơn vị đang thực hiện`,
    notStarted: (n: number) => `${n} đơn vị chưa thực hiện`,
    notApplicable: (n: number) => `${n} đơn vị không phát sinh`,
    notReported: (n: number) => `${n} đơn vị chưa báo cáo`,
  },
  fillUnowed: (lead: string) =>
    `[Bổ sung kết quả: không đơn vị nào phải báo cáo nhiệm vụ này trong kỳ (chủ trì: ${lead}).]`,
  fillUnreported: '[Bổ sung kết quả: chưa đơn vị nào báo cáo nhiệm vụ này.]',
  /** Who sent on time, late, or not at all; names are listed with ";" (short names may hold commas). */
  submission: {
    none: 'Kế hoạch chưa xác định đơn vị phải gửi báo cáo.',
    received: (date: string, received: number, total: number, onTime: number) =>
      `Đến ngày ${date}, ${received}/${total} đơn vị đã gửi báo cáo, trong đó ${onTime} đơn vị gửi đúng hạn.`,
    late: (n: number, names: string) => `Gửi chậm (${n} đơn vị): ${names}.`,
    rejected: (n: number, names: string) =>
      `Đã gửi nhưng báo cáo chưa dùng được, phải sửa (${n} đơn vị): ${names}.`,
    missing: (n: number, names: string) => `Chưa gửi (${n} đơn vị): ${names}.`,
    lateDays: (name: string, days: number) => `${name} (${days} ngày)`,
  },
  closing: (period: string, plan: string, issuer: string) =>
    `Trên đây là báo cáo kết quả ${period} thực hiện ${plan} của ${issuer} (kèm theo Biểu tổng hợp kết quả thực hiện)./.`,
  indicatorHead: ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ so với kế hoạch (%)'],
  noData: '—',
  recipients: 'Nơi nhận:',
  archive: (receiver: string) => (receiver ? `Lưu: VT, ${receiver}` : 'Lưu: VT'),
  number: (n: string | undefined) => `Số: ${n ?? '      /BC-UBND'}`,
};
