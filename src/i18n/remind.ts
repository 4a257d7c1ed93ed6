// The words of `dcs remind`: a reminder in the register of a công văn đôn đốc (Vietnamese), or its
// plain English counterpart. The plan's own text (names, period names, deadline phrases) stays as
// written; dates are dd/mm/yyyy.
import type { Lang } from './messages.js';

/** Everything one reminder says, already in words and dd/mm/yyyy dates. */
export interface Letter {
  /** The unit reminded. */
  name: string;
  /** The plan's issuer ("Ủy ban nhân dân phường Hư Cấu"), and the same without its place
   * ("Ủy ban nhân dân phường"), as a letter names itself after the first time. */
  issuer: string;
  issuerShort: string;
  /** The plan's title, its number and date (empty while the plan is a draft). */
  title: string;
  number: string;
  date: string;
  /** The unit reports go through, and its contact; empty when the plan names none. */
  receiver: string;
  receiverContact: string;
  /** "Báo cáo 6 tháng năm 2026". */
  what: string;
  phrase: string;
  /** The last allowed day with its weekday: "Thứ Năm, 04/06/2026". */
  last: string;
  /** Days to the last allowed day, negative when overdue. */
  days: number;
  asOf: string;
  fixing: boolean;
  /** For a report that needs fixing: when it was sent, its file names, what is wrong (each with its
   * place), and how many more problems there are than are listed. */
  submitted: string;
  files: string[];
  problems: string[];
  more: number;
}

export interface RemindWords {
  subject: (l: Letter) => string;
  /** The paragraphs of the message. */
  body: (l: Letter) => string[];
  /** The header line of a message in the text output: "chưa gửi", "gửi tới: 0225…". */
  status: (fixing: boolean) => string;
  sendTo: (contact: string) => string;
  noContact: string;
  summary: (p: {
    n: number;
    missing: number;
    fixing: number;
    what: string;
    period: string;
    asOf: string;
  }) => string;
  nothing: (p: { what: string; period: string; asOf: string }) => string;
  csvHead: string[];
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const lowerFirst = (s: string): string =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;

/** The problems as a list under the sentence that introduces them. */
const list = (l: Letter, more: (n: number) => string): string =>
  [...l.problems, ...(l.more > 0 ? [more(l.more)] : [])].map((p) => `- ${p}`).join('\n');

const vi: RemindWords = {
  subject: (l) => (l.fixing ? `V/v đề nghị sửa và gửi lại ${l.what}` : `V/v đôn đốc gửi ${l.what}`),
  body: (l) => {
    // Issued: "Kế hoạch số 12/KH-UBND ngày 20/12/2024"; a draft has only its title to be cited by.
    const plan = l.number
      ? `Kế hoạch số ${l.number}${l.date ? ` ngày ${l.date}` : ''}`
      : /^kế hoạch/iu.test(l.title)
        ? l.title
        : `Kế hoạch ${lowerFirst(l.title)}`;
    const basis = `Thực hiện ${plan} của ${l.issuer}`;
    const files = `${l.files.length > 1 ? 'các tệp' : 'tệp'} ${l.files.join(', ')}`;
    const first = l.fixing
      ? `${basis}, ${l.issuerShort} đã nhận được ${l.what} của đơn vị (${l.submitted ? `gửi ngày ${l.submitted}, ` : ''}${files}) nhưng chưa sử dụng được vì:\n${list(l, (n) => `và ${n} lỗi khác.`)}`
      : `${basis}, đến ngày ${l.asOf} ${l.issuerShort} chưa nhận được ${l.what} của đơn vị.`;
    const left =
      l.days < 0 ? `đã quá hạn ${-l.days} ngày` : l.days === 0 ? 'hôm nay là hạn cuối' : `còn ${l.days} ngày`;
    const to = `${l.issuerShort}${l.receiver ? ` (qua ${l.receiver})` : ''}`;
    return [
      `Kính gửi: ${l.name}`,
      // A unit that sent a report needing a fix did send: its deadline is recalled, not held against it.
      l.fixing
        ? `${first}\nHạn gửi: ${l.phrase} (hạn cuối ${l.last}).`
        : `${first}\nHạn gửi: ${l.phrase} (hạn cuối ${l.last}); ${left}.`,
      l.fixing
        ? `Đề nghị đơn vị sửa và gửi lại báo cáo về ${to}.`
        : `Đề nghị đơn vị ${l.days < 0 ? 'khẩn trương ' : ''}gửi báo cáo về ${to}.`,
      ...(l.receiver
        ? [
            l.receiverContact
              ? `Mọi vướng mắc xin liên hệ: ${l.receiver}, ${l.receiverContact}.`
              : `Mọi vướng mắc xin liên hệ ${l.receiver}.`,
          ]
        : []),
    ];
  },
  status: (fixing) => (fixing ? 'cần sửa' : 'chưa gửi'),
  sendTo: (contact) => `gửi tới: ${contact}`,
  noContact: 'chưa có địa chỉ liên hệ',
  summary: (p) =>
    `${p.n} tin nhắn đôn đốc ${p.what} (${p.period}), tính đến ${p.asOf}: ${p.missing} đơn vị chưa gửi, ${p.fixing} báo cáo cần sửa.`,
  nothing: (p) => `Tính đến ${p.asOf}, không có đơn vị nào cần đôn đốc về ${p.what} (${p.period}).`,
  csvHead: ['mã đơn vị', 'đơn vị', 'liên hệ', 'tiêu đề', 'nội dung'],
};

const en: RemindWords = {
  subject: (l) => (l.fixing ? `${l.what}: please correct and resend` : `Reminder: ${l.what}`),
  body: (l) => {
    const basis = l.number
      ? `Under Plan No. ${l.number}${l.date ? ` of ${l.date}` : ''} of ${l.issuer}`
      : `Under the plan "${l.title}" of ${l.issuer}`;
    const files = `${l.files.length > 1 ? 'files' : 'file'} ${l.files.join(', ')}`;
    const first = l.fixing
      ? `${basis}, we have received your ${l.what}${l.submitted ? `, sent on ${l.submitted}` : ''} (${files}), but cannot use it yet:\n${list(l, (n) => `and ${plural(n, 'more problem')}.`)}`
      : `${basis}, as of ${l.asOf} we have not received your ${l.what}.`;
    const left =
      l.days < 0
        ? `now ${plural(-l.days, 'day')} overdue`
        : l.days === 0
          ? 'today is the last day'
          : `${plural(l.days, 'day')} left`;
    const to = `${l.issuer}${l.receiver ? ` (through ${l.receiver})` : ''}`;
    return [
      `To: ${l.name}`,
      l.fixing
        ? `${first}\nDeadline: ${l.phrase} (last day ${l.last}).`
        : `${first}\nDeadline: ${l.phrase} (last day ${l.last}); ${left}.`,
      l.fixing
        ? `Please correct the report and send it again to ${to}.`
        : `Please send the report${l.days < 0 ? ' without delay' : ''} to ${to}.`,
      ...(l.receiver
        ? [
            l.receiverContact
              ? `For any questions, please contact: ${l.receiver}, ${l.receiverContact}.`
              : `For any questions, please contact ${l.receiver}.`,
          ]
        : []),
    ];
  },
  status: (fixing) => (fixing ? 'needs fixing' : 'not sent'),
  sendTo: (contact) => `send to: ${contact}`,
  noContact: 'no contact given',
  summary: (p) =>
    `${plural(p.n, 'reminder')} for ${p.what} (${p.period}), as of ${p.asOf}: ${plural(p.missing, 'unit')} not sent, ${plural(p.fixing, 'report')} to fix.`,
  nothing: (p) => `As of ${p.asOf}, no unit needs reminding about ${p.what} (${p.period}).`,
  csvHead: ['unit', 'name', 'contact', 'subject', 'message'],
};

export const remindWords: Record<Lang, RemindWords> = { vi, en };
