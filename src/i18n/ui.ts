// Words of the interface other than diagnostics: headings, labels, usage errors, help.
import type { Lang } from './messages.js';

/** Why a file could not be written, from the system's error code, in words. */
const WRITE_ERRORS: Record<Lang, Record<string, string>> = {
  vi: {
    ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục',
    EEXIST: 'một phần của đường dẫn là tệp chứ không phải thư mục',
    ENAMETOOLONG: 'tên tệp hoặc thư mục quá dài',
    EACCES: 'không có quyền ghi vào thư mục đó',
    EPERM: 'không có quyền ghi vào thư mục đó',
    EISDIR: 'đó là một thư mục',
    ENOSPC: 'đĩa đã đầy',
    EROFS: 'ổ đĩa chỉ cho đọc',
  },
  en: {
    ENOTDIR: 'part of the path is a file, not a folder',
    EEXIST: 'part of the path is a file, not a folder',
    ENAMETOOLONG: 'the file or folder name is too long',
    EACCES: 'no permission to write in that folder',
    EPERM: 'no permission to write in that folder',
    EISDIR: 'that is a folder',
    ENOSPC: 'the disk is full',
    EROFS: 'the disk is read-only',
  },
};

const vi = {
  error: 'lỗi',
  warning: 'cảnh báo',
  hint: 'gợi ý',
  summaryClean: (p: { files: number }) => `Không có lỗi hay cảnh báo trong ${p.files} tệp.`,
  summary: (p: { errors: number; warnings: number; files: number }) =>
    `${p.errors} lỗi, ${p.warnings} cảnh báo trong ${p.files} tệp đã kiểm tra.`,
  strictNote: 'Có cảnh báo và đang dùng --strict: coi như không đạt.',
  briefNote: '(Cảnh báo in một dòng; --verbose để xem đoạn nguồn và gợi ý.)',
  readPlan: (p: { appendices: number; units: boolean }) =>
    `Đã đọc: kế hoạch${p.units ? ' + danh sách đơn vị' : ''}${p.appendices ? ` + ${p.appendices} phụ lục` : ''}`,
  readPeriod: (p: { folder: string; counts: [number, number, number, number] }) => {
    const [yaml, excel, attached, other] = p.counts;
    const parts = [
      yaml && `${yaml} YAML`,
      excel && `${excel} Excel`,
      attached && `${attached} đính kèm`,
      other && `${other} tệp khác`,
    ].filter(Boolean);
    return `${p.folder}: ${parts.length ? parts.join(', ') : 'trống'}`;
  },
  // usage errors
  'usage.unknownCommand': (p: { token: string }) => `Không có lệnh "${p.token}".`,
  'usage.unknownOption': (p: { token: string }) => `Không có tùy chọn "${p.token}".`,
  'usage.didYouMean': (p: { suggestion: string }) => `Có phải ý bạn là "${p.suggestion}"?`,
  'usage.missingArgument': (p: { token: string }) => `Thiếu giá trị cho "${p.token}".`,
  'usage.badChoice': (p: { option: string; value: string; allowed: string }) =>
    `"${p.value}" không phải giá trị hợp lệ của ${p.option}; chọn một trong: ${p.allowed}.`,
  'usage.excessArguments': (p: { token: string }) => `Thừa tham số: ${p.token}.`,
  'usage.generic': (p: { detail: string }) => `Lệnh không hợp lệ: ${p.detail}`,
  'usage.seeHelp': 'Xem "dcs --help" để biết các lệnh và tùy chọn.',
  'usage.planNotFound': (p: { dir: string }) =>
    `Không tìm thấy kế hoạch: thư mục "${p.dir}" không có plan.yaml.`,
  'usage.noPlan': () =>
    'Không tìm thấy thư mục kế hoạch nào (thư mục có plan.yaml) ở đây, ở thư mục cha, hay trong ./plans/. Dùng --plan THƯ-MỤC hoặc biến môi trường DCS_PLAN.',
  'usage.severalPlans': (p: { list: string }) =>
    `Có nhiều kế hoạch trong ./plans/ (${p.list}); chọn một bằng --plan THƯ-MỤC.`,
  'usage.fileNotFound': (p: { file: string }) => `"${p.file}" không tồn tại.`,
  'usage.fileOutsidePlan': (p: { file: string; dir: string }) =>
    `Tệp "${p.file}" không thuộc thư mục kế hoạch "${p.dir}".`,
  'usage.badLang': (p: { value: string }) => `Ngôn ngữ "${p.value}" không được hỗ trợ; dùng vi hoặc en.`,
  internal: (p: { detail: string }) =>
    `Lỗi nội bộ của dcs: ${p.detail}. Hãy báo lỗi này cho người phát triển (đặt DCS_DEBUG=1 để xem chi tiết).`,
  // help
  'help.description': 'dcs: kiểm tra kế hoạch thực hiện dân chủ ở cơ sở, theo dõi hạn và tổng hợp báo cáo.',
  'help.plan':
    'thư mục kế hoạch (mặc định: $DCS_PLAN, thư mục gần nhất có plan.yaml, hoặc kế hoạch duy nhất trong ./plans/)',
  'help.lang': 'ngôn ngữ: vi (mặc định) hoặc en',
  'help.noColor': 'không tô màu (cũng tắt khi đặt NO_COLOR)',
  'help.noCache':
    'đọc lại mọi tệp (biểu mẫu Excel, YAML), không dùng bộ nhớ đệm (cũng tắt khi đặt DCS_NO_CACHE)',
  'progress.files': (p: { done: number; total: number; folder: string }) =>
    `Đang đọc báo cáo ${p.done}/${p.total} · ${p.folder}`,
  'progress.writing': 'Đang ghi biểu tổng hợp…',
  'progress.drafting': 'Đang soạn báo cáo…',
  'help.version': 'in số phiên bản',
  'help.help': 'hiển thị trợ giúp',
  'help.helpCommand': 'hiển thị trợ giúp của một lệnh',
  'help.check':
    'kiểm tra kế hoạch, đơn vị, phụ lục và báo cáo: cú pháp, mẫu (schema) và các quy tắc đối chiếu',
  'help.check.files': 'chỉ báo lỗi của các tệp hay thư mục này (mặc định: cả thư mục kế hoạch)',
  'help.check.format':
    'định dạng: text, json, github (chú thích GitHub Actions) hoặc gitlab (GitLab Code Quality)',
  'help.check.verbose': 'in cả đoạn nguồn và gợi ý của cảnh báo (mặc định: mỗi cảnh báo một dòng)',
  'help.check.strict': 'coi cảnh báo là lỗi (mã thoát 1)',
  'tasks.head.id': 'STT',
  'tasks.head.content': 'Nội dung',
  'tasks.head.units': 'Chủ trì / Phối hợp',
  'tasks.head.time': 'Thời gian → dcs hiểu là',
  'tasks.lead': 'Chủ trì',
  'tasks.support': 'Phối hợp',
  'tasks.output': 'Sản phẩm',
  'tasks.requested': '(đề nghị)',
  'tasks.noTime': 'không nêu thời gian',
  'tasks.notUnderstood': 'KHÔNG HIỂU (xem dcs check)',
  'tasks.unitCount': (p: { n: number }) => `${p.n} đơn vị`,
  'tasks.via': (p: { group: string }) => `qua nhóm ${p.group}`,
  'tasks.role.lead': 'Vai trò: chủ trì',
  'tasks.role.support': 'Vai trò: phối hợp',
  'tasks.summary': (p: { count: number; title: string }) => `${p.title}: ${p.count} nhiệm vụ.`,
  'tasks.unitSummary': (p: { name: string; lead: number; support: number }) =>
    `${p.name}: chủ trì ${p.lead}, phối hợp ${p.support} nhiệm vụ.`,
  'tasks.none': 'Không có nhiệm vụ nào.',
  'plan.hasErrors': (p: { errors: number; check: string }) =>
    `Lưu ý: kế hoạch còn ${p.errors} lỗi (chạy "${p.check}" để xem); kết quả dưới đây có thể chưa đúng.`,
  'plan.reportErrors': (p: { errors: number; check: string }) =>
    `Lưu ý: các tệp báo cáo có ${p.errors} lỗi (chạy "${p.check}" để xem); báo cáo có lỗi được tính là "cần sửa", không phải "đã nhận".`,
  'usage.unknownUnit': (p: { unit: string; suggestion: string }) =>
    `Không có đơn vị "${p.unit}" trong units.yaml.${p.suggestion ? ` Có phải ý bạn là "${p.suggestion}"?` : ''}`,
  'help.tasks': 'liệt kê các nhiệm vụ: đơn vị chủ trì, phối hợp, thời gian và nghĩa dcs hiểu, sản phẩm',
  'help.tasks.unit': 'chỉ các nhiệm vụ một đơn vị chủ trì hoặc phối hợp (kể cả qua nhóm)',
  'help.tasks.format': 'định dạng: table, json hoặc csv',
  'due.section.overdue': 'Quá hạn',
  'due.section.due-soon': 'Sắp đến hạn',
  'due.section.upcoming': 'Sắp tới',
  'due.section.done': 'Đã xong',
  'due.section.ongoing': 'Thường xuyên (không có hạn, không bao giờ quá hạn)',
  'due.section.on-request': 'Theo yêu cầu, đột xuất',
  'due.section.untimed': 'Không nêu thời gian',
  'due.head.what': 'Việc',
  'due.head.who': 'Đơn vị',
  'due.head.deadline': 'Thời gian · hạn cuối',
  'due.head.status': 'Tình trạng',
  'due.overdue': (p: { n: number }) => `quá hạn ${p.n} ngày`,
  'due.left': (p: { n: number }) => `còn ${p.n} ngày`,
  'due.today': 'hôm nay',
  'due.sent': (p: { date: string }) => `đã gửi ${p.date}`,
  'due.onTime': 'đúng hạn',
  'due.late': (p: { n: number }) => `chậm ${p.n} ngày`,
  'due.doneTask': 'đã hoàn thành',
  'due.units': (p: { k: number; n: number }) => `${p.k}/${p.n} đơn vị`,
  'due.unitsTotal': (p: { n: number }) => `${p.n} đơn vị`,
  'due.year': (p: { year: string }) => `năm ${p.year}`,
  'due.occurrence': (p: { key: string }) => `lần ${p.key}`,
  'due.asOf': (p: { date: string; within: number }) =>
    `Tính đến ${p.date}; sắp đến hạn: trong ${p.within} ngày tới.`,
  'due.nothing': 'Không có việc nào quá hạn hay sắp đến hạn.',
  'due.sum.overdue': (p: { n: number }) => `${p.n} quá hạn`,
  'due.sum.dueSoon': (p: { n: number }) => `${p.n} sắp đến hạn`,
  'due.sum.missing': (p: { n: number; what: string }) => `${p.n} đơn vị chưa gửi ${p.what}`,
  'due.periodInWords': (p: { name: string; year: string }) =>
    `${p.name.toLocaleLowerCase('vi')}${/năm$/i.test(p.name) ? '' : ' năm'} ${p.year}`,
  'usage.badDate': (p: { value: string }) =>
    `"${p.value}" không phải là một ngày hợp lệ; ghi YYYY-MM-DD hoặc dd/mm/yyyy, ví dụ 2026-05-22 hoặc 22/05/2026.`,
  'usage.badDays': (p: { value: string }) =>
    `"${p.value}" không phải là một số ngày hợp lệ (số nguyên từ 0 đến 366).`,
  'help.due': 'những việc quá hạn và sắp đến hạn: báo cáo của các đơn vị và nhiệm vụ của kế hoạch',
  'help.due.asOf':
    'tính đến ngày này (YYYY-MM-DD hoặc dd/mm/yyyy; mặc định: hôm nay theo múi giờ của kế hoạch)',
  'help.due.within': 'số ngày tính là sắp đến hạn (mặc định: settings.within_days, thường là 14)',
  'help.due.unit': 'chỉ những việc của một đơn vị (tách các dòng nhóm thành từng đơn vị)',
  'help.due.all': 'thêm việc đã xong, sắp tới (12 tháng), thường xuyên, theo yêu cầu và không nêu thời gian',
  'help.due.failOnOverdue': 'thoát với mã 1 khi có việc quá hạn (cho CI)',
  'help.due.format': 'định dạng: table, json hoặc csv',
  'help.remind':
    'tin nhắn đôn đốc (dán vào Zalo, e-mail) cho từng đơn vị chưa gửi báo cáo của một kỳ hoặc gửi báo cáo cần sửa',
  'help.remind.period':
    'kỳ báo cáo, ví dụ 2026-6t (hoặc 6t: kỳ của năm tính đến; mặc định: kỳ gần nhất đã hết hạn hoặc sắp đến hạn)',
  'help.remind.asOf':
    'tính đến ngày này (YYYY-MM-DD hoặc dd/mm/yyyy; mặc định: hôm nay theo múi giờ của kế hoạch)',
  'help.remind.format': 'định dạng: text (mặc định), csv (để trộn thư) hoặc json',
  'help.ics': 'lịch iCalendar (.ics) các hạn báo cáo và nhiệm vụ, để nhập vào Google Calendar, Thunderbird…',
  'help.ics.output': 'tệp ghi ra (mặc định: in ra màn hình; "-" cũng là màn hình)',
  'help.ics.unit': 'chỉ những hạn của một đơn vị',
  'help.ics.from': 'từ ngày (YYYY-MM-DD hoặc dd/mm/yyyy; mặc định: ngày --as-of, tức hôm nay)',
  'help.ics.to': 'đến hết ngày (mặc định: 12 tháng kể từ --from)',
  'help.ics.alarm': 'nhắc trước bao nhiêu ngày (mặc định 3; 0: không nhắc)',
  'help.ics.asOf': 'tính đến ngày này (DTSTAMP của lịch; mặc định: hôm nay theo múi giờ của kế hoạch)',
  'usage.badWindow': (p: { from: string; to: string }) =>
    `Khoảng ngày từ ${p.from} đến ${p.to} không hợp lệ: --to phải không sớm hơn --from và cách không quá 10 năm.`,
  'ics.done': (p: { file: string; events: number; from: string; to: string }) =>
    `Đã ghi ${p.events} hạn (từ ${p.from} đến ${p.to}) vào ${p.file}.`,
  'ics.none': (p: { from: string; to: string }) => `Không có hạn nào từ ${p.from} đến ${p.to}.`,
  'usage.exists': (p: { files: string }) =>
    `Không ghi đè tệp đã có: ${p.files}. Dùng --force nếu muốn ghi đè.`,
  'usage.needOutput': 'Cần chỉ thư mục ghi biểu mẫu: -o THƯ-MỤC.',
  'usage.needPeriod': (p: { periods: string }) =>
    `Cần chỉ kỳ báo cáo: --period <năm>-<mã kỳ>, ví dụ 2026-6t (mã kỳ: ${p.periods}).`,
  'usage.badPeriod': (p: { period: string; periods: string }) =>
    `"${p.period}" không phải là một kỳ báo cáo của kế hoạch; ghi <năm>-<mã kỳ>, ví dụ 2026-6t (mã kỳ: ${p.periods}).`,
  'template.done': (p: { count: number; dir: string; period: string }) =>
    `Đã tạo ${p.count} biểu mẫu báo cáo kỳ ${p.period} trong ${p.dir}/.`,
  'help.receive':
    'nhận báo cáo gửi về (biểu mẫu Excel, YAML, bản chụp): chép vào reports/<kỳ>/<mã đơn vị> theo nội dung tệp, kèm biên nhận',
  'help.receive.files': 'các tệp nhận được (ví dụ ~/Downloads/*.xlsx)',
  'help.receive.unit':
    'mã đơn vị (bắt buộc với tệp đính kèm .pdf, .docx, ảnh; với biểu mẫu: chỉ nhận của đơn vị này)',
  'help.receive.period':
    'kỳ báo cáo, ví dụ 2026-6t (bắt buộc với tệp đính kèm; với biểu mẫu: chỉ nhận của kỳ này)',
  'help.receive.replace': 'thay báo cáo đã có của đơn vị trong kỳ đó',
  'help.receive.commit': 'tạo một commit git gồm các tệp đã nhận, nội dung là các biên nhận',
  'usage.needFiles': 'Cần ít nhất một tệp: dcs receive TỆP…',
  'receive.notFound': 'không có tệp này',
  'receive.notAFile': 'không phải một tệp',
  'receive.unreadable': 'không đọc được tệp (không có quyền đọc)',
  'receive.tooLarge': 'tệp quá lớn để là một biểu mẫu báo cáo',
  'receive.notAForm': 'không phải biểu mẫu báo cáo của dcs (không có trang ẩn ghi kế hoạch, đơn vị, kỳ)',
  'receive.notAReport':
    'không phải báo cáo (chỉ nhận biểu mẫu .xlsx, báo cáo .yaml và tệp đính kèm .pdf, .doc, .docx, .jpg, .png)',
  'receive.yamlNoUnit': 'báo cáo YAML không ghi unit và period',
  'receive.attachmentNeeds': 'tệp đính kèm không tự cho biết của đơn vị nào, kỳ nào: thêm --unit và --period',
  'receive.oldExcel':
    'tệp Excel định dạng cũ (.xls, .xlsm, .ods): mở bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi nhận lại',
  'receive.otherPlan': (p: { plan: string; expected: string }) =>
    `biểu mẫu của kế hoạch "${p.plan}", không phải kế hoạch này ("${p.expected}")`,
  'receive.unknownPeriod': (p: { period: string }) => `kỳ "${p.period}" không phải kỳ báo cáo của kế hoạch`,
  'receive.unknownUnit': (p: { unit: string }) => `không có đơn vị mã "${p.unit}" trong units.yaml`,
  'receive.notReporter': (p: { unit: string }) => `đơn vị "${p.unit}" không phải gửi báo cáo theo kế hoạch`,
  'receive.notThatPeriod': (p: { period: string; expected: string }) =>
    `tệp ghi kỳ ${p.period}, không phải ${p.expected} như --period`,
  'receive.notThatUnit': (p: { unit: string; expected: string }) =>
    `tệp là của đơn vị ${p.unit}, không phải ${p.expected} như --unit`,
  'receive.twice': (p: { other: string }) => `trùng đơn vị và kỳ với ${p.other} vừa nhận ở trên`,
  'receive.alreadyThere':
    'tệp đã nằm trong thư mục kỳ và đã được đọc là báo cáo của đơn vị; không cần nhận lại',
  'receive.identical': (p: { target: string }) => `đã nhận rồi: ${p.target} giống hệt`,
  'receive.exists': (p: { target: string }) =>
    `đã có ${p.target} (khác tệp này); dùng --replace nếu đơn vị gửi lại bản sửa`,
  'receive.otherClaim': (p: { other: string }) =>
    `đơn vị đã có báo cáo kỳ này ở ${p.other}; xóa hoặc chuyển tệp đó trước (git giữ lịch sử), rồi nhận lại`,
  'receive.refused': 'không nhận',
  'receive.attachment': 'tệp đính kèm',
  'receive.sent': (p: { date: string }) => `gửi ngày ${p.date}`,
  'receive.onTime': 'đúng hạn',
  'receive.late': (p: { days: number }) => `chậm ${p.days} ngày`,
  'receive.needsFixing': (p: { errors: number }) => `đã nhận, cần sửa (${p.errors} lỗi)`,
  'receive.more': (p: { count: number }) => `… và ${p.count} lỗi nữa (dcs check để xem đủ)`,
  'receive.summary': (p: { filed: number; refused: number; problems: number }) =>
    `Đã nhận ${p.filed} tệp${p.problems ? ` (${p.problems} điều cần xem lại, đánh dấu !)` : ''}; không nhận ${p.refused} tệp.`,
  'usage.receiveNotGit':
    'Thư mục kế hoạch không nằm trong một kho git: bỏ --commit, hoặc "git init" trước. Chưa nhận tệp nào.',
  'receive.sameFile': 'cùng một tệp đã đưa ở trên',
  'receive.stale': (p: { period: string }) =>
    `biểu mẫu kỳ ${p.period}, đã qua hạn lâu: kiểm tra đơn vị có dùng nhầm biểu mẫu kỳ cũ không`,
  'receive.replaced': (p: { date: string; state: string }) => `thay bản gửi ngày ${p.date} (${p.state})`,
  'receive.wasUsed': 'đang được dùng',
  'receive.wasRejected': 'đang cần sửa',
  'receive.commitSubject': (p: { count: number }) => `Nhận ${p.count} tệp báo cáo`,
  'receive.commitFailed': (p: { detail: string }) =>
    `Đã chép các tệp nhưng không tạo được commit: ${p.detail}`,
  'receive.committed': (p: { count: number }) => `Đã commit ${p.count} tệp.`,
  'examples.receive': [
    'dcs receive ~/Downloads/*.xlsx                       # biểu mẫu Zalo gửi về, tên gì cũng được',
    'dcs receive "BC 6 thang - VP (final).xlsx" --replace  # đơn vị gửi lại bản sửa',
    'dcs receive ban-ky.pdf --unit vhxh --period 2026-6t --commit',
  ].join('\n'),
  'help.template': 'tạo biểu mẫu báo cáo trống cho từng đơn vị phải báo cáo (Excel hoặc YAML)',
  'help.template.period': 'kỳ báo cáo, ví dụ 2026-6t (hoặc 6t: kỳ của năm nay)',
  'help.template.unit': 'chỉ biểu mẫu của một đơn vị',
  'help.template.format': 'định dạng: xlsx (mặc định) hoặc yaml',
  'help.template.output': 'thư mục ghi biểu mẫu',
  'help.force': 'ghi đè tệp đã có',
  'compile.invalidPlan': (p: { errors: number }) =>
    `Kế hoạch còn ${p.errors} lỗi (chạy "dcs check" để xem): không tổng hợp, không ghi tệp nào.`,
  'compile.done': (p: { file: string; used: number; rejected: number; missing: number }) =>
    `Đã ghi ${p.file}: ${p.used} báo cáo được dùng, ${p.rejected} tệp không dùng được, ${p.missing} đơn vị chưa gửi (xem trang "Nguồn dữ liệu" và "Tình hình gửi báo cáo").`,
  'compile.doneEmpty': (p: { file: string; used: number; rejected: number; missing: number }) =>
    `Đã ghi ${p.file}: chưa có báo cáo nào dùng được (${p.rejected} tệp không dùng được); ${p.missing} đơn vị chưa gửi — biểu in ra được để đôn đốc.`,
  'help.compile': 'tổng hợp báo cáo của một kỳ thành một tệp Excel (biểu tổng hợp)',
  'help.compile.output': 'tệp ghi ra (mặc định <thư mục kế hoạch>/tong-hop/tong-hop-<kỳ>.xlsx)',
  'help.compile.date':
    'ngày của văn bản (dd/mm/yyyy; mặc định: ngày sau hạn gửi, hoặc ngày của báo cáo muộn nhất được dùng)',
  'help.compile.number': 'số Báo cáo mà biểu này kèm theo, ví dụ "25/BC-UBND"',
  line: 'dòng',
  'compile.dateBeforeReport': (p: { date: string; latest: string }) =>
    `lưu ý: ngày văn bản ${p.date} trước ngày gửi của một báo cáo được tổng hợp (${p.latest}).`,
  twoDigitYear: (p: { value: string; date: string }) =>
    `lưu ý: năm viết hai chữ số trong "${p.value}", hiểu là ${p.date}.`,
  'usage.outputIsFolder': (p: { file: string }) =>
    `"${p.file}" là một thư mục; ghi tên tệp cần ghi ra, ví dụ ${p.file}/tong-hop.xlsx.`,
  'usage.cannotWrite': (p: { file: string; detail: string }) =>
    `Không ghi được "${p.file}": ${WRITE_ERRORS.vi[p.detail] ?? p.detail}.`,
  'usage.badEpoch': (p: { value: string }) =>
    `SOURCE_DATE_EPOCH="${p.value}" không phải là số giây từ 01/01/1970 (giá trị hợp lệ ví dụ 1780000000); bỏ biến này hoặc dùng --date.`,
  'due.section.needs-fixing': 'Đã nhận, cần sửa',
  'due.needsFixing': 'cần sửa',
  'due.unknownUnit': '(không rõ đơn vị)',
  'due.sum.needsFixing': (p: { n: number }) => `${p.n} báo cáo cần sửa`,
  'due.status.overdue': 'Quá hạn',
  'due.status.needs-fixing': 'Đã nhận, cần sửa',
  'due.status.due-soon': 'Sắp đến hạn',
  'due.status.upcoming': 'Sắp tới',
  'due.status.done': 'Đã xong',
  'due.status.ongoing': 'Thường xuyên',
  'due.status.on-request': 'Theo yêu cầu',
  'due.status.untimed': 'Không nêu thời gian',
  'due.csv.head':
    'loại,mã,đơn vị,tên đơn vị,hạn cuối,thời gian,tình trạng,mã tình trạng,số ngày,chậm (ngày),số đơn vị xong,tổng số đơn vị,lần,ngày gửi,nguồn,tệp,vấn đề,nội dung',
  'usage.needDir': 'Cần chỉ thư mục tạo kế hoạch: dcs init THƯ-MỤC --ward "Phường X".',
  'usage.needWard': 'Cần tên phường, xã: --ward "Phường X".',
  'usage.notEmpty': (p: { dir: string }) => `Thư mục "${p.dir}" đã có tệp; chọn một thư mục mới hoặc trống.`,
  'usage.wardNoName': (p: { ward: string }) =>
    `Thiếu tên sau "${p.ward}"; ghi đủ, ví dụ --ward "${p.ward} An Lão".`,
  'usage.badWard': (p: { ward: string }) =>
    `"${p.ward}" không bắt đầu bằng "Phường", "Xã" hoặc "Đặc khu"; ghi đủ, ví dụ --ward "Xã An Lão".`,
  'init.done': (p: { dir: string; ward: string; start: string }) =>
    `Đã tạo kế hoạch mẫu của ${p.ward} trong ${p.dir}/, áp dụng từ ngày ${p.start}. Xem ${p.dir}/README.md để biết cần điền gì tiếp, rồi chạy: dcs check --plan ${p.dir}`,
  'help.init': 'tạo thư mục kế hoạch mẫu cho một phường, xã khác (dcs check chạy được ngay)',
  'help.init.ward': 'tên phường, xã, đặc khu, bắt đầu bằng "Phường", "Xã" hoặc "Đặc khu", ví dụ "Xã An Lão"',
  'help.init.start': 'ngày kế hoạch bắt đầu áp dụng (mặc định: hôm nay): chỉ những hạn từ ngày đó mới tính',
  'help.examples': 'Ví dụ:',
  'examples.program': [
    'dcs check                              # kế hoạch và báo cáo có viết đúng không',
    'dcs due                                # việc quá hạn và sắp đến hạn, tính đến hôm nay',
    'dcs compile --period 2026-6t           # biểu tổng hợp kỳ 6 tháng năm 2026',
  ].join('\n'),
  'examples.check': [
    'dcs check                              # cả thư mục kế hoạch',
    'dcs check reports/2026-6t              # chỉ các báo cáo kỳ 6 tháng 2026',
    'dcs check --format github --strict     # trong GitHub Actions, cảnh báo cũng là lỗi',
  ].join('\n'),
  'examples.tasks': [
    'dcs tasks                              # mọi nhiệm vụ và thời gian thực hiện',
    'dcs tasks --unit vhxh                  # việc Phòng Văn hóa - Xã hội chủ trì hoặc phối hợp',
    'dcs tasks --format csv > nhiem-vu.csv  # mở bằng Excel',
  ].join('\n'),
  'examples.due': [
    'dcs due                                # quá hạn và sắp đến hạn, tính đến hôm nay',
    'dcs due --as-of 01/06/2026 --within 7  # tính đến ngày 01/6/2026, trong 7 ngày tới',
    'dcs due --unit ktht --all              # mọi việc của Phòng Kinh tế, Hạ tầng và Đô thị',
  ].join('\n'),
  'examples.template': [
    'dcs template --period 2026-6t -o bieu-mau/          # biểu mẫu Excel cho mọi đơn vị',
    'dcs template --period 6t --unit vhxh -o bieu-mau/   # một đơn vị, kỳ 6 tháng năm nay',
    'dcs template --period 2026-nam --format yaml -o bieu-mau/',
  ].join('\n'),
  'examples.compile': [
    'dcs compile --period 2026-6t                         # ghi tong-hop/tong-hop-2026-6t.xlsx',
    'dcs compile --period 2026-6t --date 08/06/2026 --number "25/BC-UBND" --force',
  ].join('\n'),
  'examples.remind': [
    'dcs remind                             # đơn vị chưa gửi báo cáo kỳ gần nhất, tính đến hôm nay',
    'dcs remind --period 6t --as-of 10/06/2026',
    'dcs remind --format csv > don-doc.csv  # để trộn thư (mail merge)',
  ].join('\n'),
  'examples.history': [
    'dcs history                            # các kỳ của năm nay: ai gửi đúng hạn, chậm, chưa gửi',
    'dcs history --year 2026 --unit ktht    # một đơn vị qua các kỳ năm 2026',
    'dcs history --year 2026 --format csv > theo-doi-2026.csv',
  ].join('\n'),
  'help.history':
    'theo dõi các kỳ của một năm: đơn vị gửi báo cáo đúng hạn, chậm, chưa gửi; tiến độ nhiệm vụ',
  'help.history.year':
    'năm (mặc định: năm nay theo múi giờ của kế hoạch; trước hạn báo cáo đầu tiên của năm, khi chưa có báo cáo nào: năm trước)',
  'help.history.unit': 'chỉ một đơn vị',
  'help.history.asOf':
    'tính đến ngày này (mặc định: hôm nay theo múi giờ của kế hoạch); kỳ chưa tới hạn ghi "Chưa đến hạn"',
  'usage.badYear': (p: { value: string }) =>
    `"${p.value}" không phải là một năm hợp lệ; ghi bốn chữ số, ví dụ 2025.`,
  'examples.draft': [
    'dcs draft --period 2026-6t                           # ghi tong-hop/bao-cao-2026-6t.docx',
    'dcs draft --period 2026-6t --date 08/06/2026 --number "25/BC-UBND" --force',
    'dcs draft --period 6t -o ~/Documents/bao-cao-6-thang.docx',
  ].join('\n'),
  'help.draft':
    'soạn Báo cáo của phường (Word, thể thức Nghị định 30) từ báo cáo của các đơn vị trong một kỳ',
  'help.draft.output': 'tệp ghi ra (mặc định <thư mục kế hoạch>/tong-hop/bao-cao-<kỳ>.docx)',
  'help.draft.number': 'số của Báo cáo, ví dụ "25/BC-UBND" (mặc định để trống cho văn thư ghi)',
  'draft.done': (p: { file: string; tasks: number; used: number; missing: number; fill: number }) =>
    `Đã ghi ${p.file}: ${p.tasks} nhiệm vụ, ${p.used} báo cáo được dùng, ${p.missing} đơn vị chưa gửi; ${p.fill} nhiệm vụ chưa có kết quả (tô vàng, cần bổ sung).`,
  'examples.ics': [
    'dcs ics -o lich.ics                        # mọi hạn trong 12 tháng tới, để nhập vào lịch',
    'dcs ics --unit vhxh --alarm 7 -o vhxh.ics  # lịch riêng của một đơn vị, nhắc trước 7 ngày',
    'dcs ics --from 01/01/2027 --to 31/12/2027 > lich-2027.ics',
  ].join('\n'),
  'examples.init': [
    'dcs init ../xa-an-lao --ward "Xã An Lão"',
    'dcs init ke-hoach --ward "Phường Hồng Bàng" --start 01/12/2026',
  ].join('\n'),
  'help.title.Usage:': 'Cách dùng:',
  'help.usage.program': '[tùy chọn] [lệnh]',
  'help.usage.options': '[tùy chọn]',
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
  summary: (p) =>
    `${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')} in ${plural(p.files, 'file')} checked.`,
  strictNote: 'Warnings found and --strict is set: failing.',
  briefNote: '(Warnings on one line each; --verbose shows their excerpts and hints.)',
  readPlan: (p) =>
    `Read: the plan${p.units ? ' + units' : ''}${p.appendices ? ` + ${p.appendices} ${p.appendices === 1 ? 'appendix' : 'appendices'}` : ''}`,
  readPeriod: (p) => {
    const [yaml, excel, attached, other] = p.counts;
    const parts = [
      yaml && `${yaml} YAML`,
      excel && `${excel} Excel`,
      attached && plural(attached, 'attachment'),
      other && plural(other, 'other file'),
    ].filter(Boolean);
    return `${p.folder}: ${parts.length ? parts.join(', ') : 'empty'}`;
  },
  'usage.unknownCommand': (p) => `There is no command "${p.token}".`,
  'usage.unknownOption': (p) => `There is no option "${p.token}".`,
  'usage.didYouMean': (p) => `Did you mean "${p.suggestion}"?`,
  'usage.missingArgument': (p) => `"${p.token}" needs a value.`,
  'usage.badChoice': (p) => `"${p.value}" is not a valid value for ${p.option}; choose one of: ${p.allowed}.`,
  'usage.excessArguments': (p) => `Too many arguments: ${p.token}.`,
  'usage.generic': (p) => `Invalid command: ${p.detail}`,
  'usage.seeHelp': 'See "dcs --help" for the commands and options.',
  'usage.planNotFound': (p) => `Plan not found: the folder "${p.dir}" has no plan.yaml.`,
  'usage.noPlan': () =>
    'No plan folder (a folder holding plan.yaml) here, above here, or in ./plans/. Use --plan DIR or the DCS_PLAN environment variable.',
  'usage.severalPlans': (p) => `There are several plans in ./plans/ (${p.list}); choose one with --plan DIR.`,
  'usage.fileNotFound': (p) => `"${p.file}" does not exist.`,
  'usage.fileOutsidePlan': (p) => `The file "${p.file}" is not in the plan folder "${p.dir}".`,
  'usage.badLang': (p) => `The language "${p.value}" is not supported; use vi or en.`,
  internal: (p) =>
    `Internal error in dcs: ${p.detail}. Please report it to the developers (set DCS_DEBUG=1 for details).`,
  'help.description':
    "dcs: checks a grassroots-democracy implementation plan, tracks its deadlines and compiles the units' reports.",
  'help.plan':
    'plan folder (default: $DCS_PLAN, the nearest folder holding plan.yaml, or the only plan under ./plans/)',
  'help.lang': 'language: vi (default) or en',
  'help.noColor': 'no colours (also off when NO_COLOR is set)',
  'help.noCache':
    'read every file (Excel forms, YAML) afresh, without the cache (also off when DCS_NO_CACHE is set)',
  'progress.files': (p) => `Reading reports ${p.done}/${p.total} · ${p.folder}`,
  'progress.writing': 'Writing the summary workbook…',
  'progress.drafting': 'Drafting the report…',
  'help.version': 'print the version',
  'help.help': 'show help',
  'help.helpCommand': 'show help for a command',
  'help.check': 'check the plan, units, appendices and reports: syntax, schema and cross-checks',
  'help.check.files': 'report only on these files or folders (default: the whole plan folder)',
  'help.examples': 'Examples:',
  'examples.program': [
    'dcs check                              # is the plan, and are the reports, written right',
    'dcs due                                # what is overdue and due soon, as of today',
    'dcs compile --period 2026-6t           # the summary workbook of the 6-month period of 2026',
  ].join('\n'),
  'examples.check': [
    'dcs check                              # the whole plan folder',
    'dcs check reports/2026-6t              # only the 6-month reports of 2026',
    'dcs check --format github --strict     # in GitHub Actions, warnings fail too',
  ].join('\n'),
  'examples.tasks': [
    'dcs tasks                              # every task and its time',
    'dcs tasks --unit vhxh                  # what Phòng Văn hóa - Xã hội leads or supports',
    'dcs tasks --format csv > tasks.csv     # open in Excel',
  ].join('\n'),
  'examples.due': [
    'dcs due                                # overdue and due soon, as of today',
    'dcs due --as-of 2026-06-01 --within 7  # as of 1 June 2026, the next 7 days',
    'dcs due --unit ktht --all              # everything of Phòng Kinh tế, Hạ tầng và Đô thị',
  ].join('\n'),
  'examples.template': [
    'dcs template --period 2026-6t -o forms/             # an Excel form for every unit',
    "dcs template --period 6t --unit vhxh -o forms/      # one unit, this year's 6-month period",
    'dcs template --period 2026-nam --format yaml -o forms/',
  ].join('\n'),
  'examples.compile': [
    'dcs compile --period 2026-6t                         # writes tong-hop/tong-hop-2026-6t.xlsx',
    'dcs compile --period 2026-6t --date 08/06/2026 --number "25/BC-UBND" --force',
  ].join('\n'),
  'examples.remind': [
    'dcs remind                             # units yet to send the latest period, as of today',
    'dcs remind --period 6t --as-of 2026-06-10 --lang en',
    'dcs remind --format csv > reminders.csv  # for a mail merge',
  ].join('\n'),
  'examples.history': [
    'dcs history                            # this year: who sent each report on time, late, not at all',
    'dcs history --year 2026 --unit ktht    # one unit across the periods of 2026',
    'dcs history --year 2026 --format csv > history-2026.csv',
  ].join('\n'),
  'help.history':
    "the periods of a year side by side: the units' reports on time, late, not sent; task progress",
  'help.history.year':
    "the year (default: this year in the plan's time zone; before its first deadline, while no report of it has arrived: last year)",
  'help.history.unit': 'only one unit',
  'help.history.asOf':
    'as of this date (default: today in the plan\'s time zone); a period not yet past its deadline reads "Not yet due"',
  'usage.badYear': (p) => `"${p.value}" is not a valid year; write four digits, e.g. 2025.`,
  'examples.draft': [
    'dcs draft --period 2026-6t                           # writes tong-hop/bao-cao-2026-6t.docx',
    'dcs draft --period 2026-6t --date 08/06/2026 --number "25/BC-UBND" --force',
    'dcs draft --period 6t -o ~/Documents/report-6-months.docx',
  ].join('\n'),
  'help.draft':
    "draft the ward's Report (Word, in the Nghị định 30 layout, in Vietnamese) from one period's unit reports",
  'help.draft.output': 'file to write (default <plan folder>/tong-hop/bao-cao-<period>.docx)',
  'help.draft.number': 'the number of the Report, e.g. "25/BC-UBND" (default: left blank for the clerk)',
  'draft.done': (p) =>
    `Wrote ${p.file}: ${plural(p.tasks, 'task')}, ${plural(p.used, 'report')} used, ${plural(p.missing, 'unit')} not sent; ${plural(p.fill, 'task')} without a result (highlighted, to fill in).`,
  'examples.ics': [
    'dcs ics -o calendar.ics                    # every deadline in the next 12 months, to import',
    "dcs ics --unit vhxh --alarm 7 -o vhxh.ics  # one unit's own calendar, alarm 7 days before",
    'dcs ics --from 2027-01-01 --to 2027-12-31 > 2027.ics',
  ].join('\n'),
  'examples.init': [
    'dcs init ../xa-an-lao --ward "Xã An Lão"',
    'dcs init plan --ward "Phường Hồng Bàng" --start 2026-12-01',
  ].join('\n'),
  'help.check.format':
    'format: text, json, github (GitHub Actions annotations) or gitlab (GitLab Code Quality)',
  'help.check.verbose': 'show the excerpt and hint of warnings too (default: one line per warning)',
  'help.check.strict': 'treat warnings as errors (exit code 1)',
  'tasks.head.id': 'No.',
  'tasks.head.content': 'Task',
  'tasks.head.units': 'Lead / Support',
  'tasks.head.time': 'Time → understood as',
  'tasks.lead': 'Lead',
  'tasks.support': 'Support',
  'tasks.output': 'Output',
  'tasks.requested': '(requested)',
  'tasks.noTime': 'no time given',
  'tasks.notUnderstood': 'NOT UNDERSTOOD (see dcs check)',
  'tasks.unitCount': (p) => `${p.n} ${p.n === 1 ? 'unit' : 'units'}`,
  'tasks.via': (p) => `through ${p.group}`,
  'tasks.role.lead': 'Role: lead',
  'tasks.role.support': 'Role: support',
  'tasks.summary': (p) => `${p.title}: ${plural(p.count, 'task')}.`,
  'tasks.unitSummary': (p) => `${p.name}: leads ${p.lead}, supports ${p.support} tasks.`,
  'tasks.none': 'No tasks.',
  'plan.hasErrors': (p) =>
    `Note: the plan has ${plural(p.errors, 'error')} (run "${p.check}"); what follows may be wrong.`,
  'plan.reportErrors': (p) =>
    `Note: the report files have ${plural(p.errors, 'error')} (run "${p.check}"); a report with errors counts as "needs fixing", not as received.`,
  'usage.unknownUnit': (p) =>
    `There is no unit "${p.unit}" in units.yaml.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  'help.tasks': 'list the tasks: lead, support, time and what dcs understands it to mean, output',
  'help.tasks.unit': 'only the tasks one unit leads or supports (also through a group)',
  'help.tasks.format': 'format: table, json or csv',
  'due.section.overdue': 'Overdue',
  'due.section.due-soon': 'Due soon',
  'due.section.upcoming': 'Upcoming',
  'due.section.done': 'Done',
  'due.section.ongoing': 'Ongoing (no deadline, never overdue)',
  'due.section.on-request': 'On request',
  'due.section.untimed': 'No time given',
  'due.head.what': 'What',
  'due.head.who': 'Who',
  'due.head.deadline': 'Time · last day',
  'due.head.status': 'Status',
  'due.overdue': (p) => `${p.n} ${p.n === 1 ? 'day' : 'days'} overdue`,
  'due.left': (p) => `${p.n} ${p.n === 1 ? 'day' : 'days'} left`,
  'due.today': 'today',
  'due.sent': (p) => `sent ${p.date}`,
  'due.onTime': 'on time',
  'due.late': (p) => `${p.n} ${p.n === 1 ? 'day' : 'days'} late`,
  'due.doneTask': 'done',
  'due.units': (p) => `${p.k}/${p.n} units`,
  'due.unitsTotal': (p) => `${p.n} ${p.n === 1 ? 'unit' : 'units'}`,
  'due.year': (p) => `${p.year}`,
  'due.occurrence': (p) => `${p.key}`,
  'due.asOf': (p) => `As of ${p.date}; due soon: within ${p.within} days.`,
  'due.nothing': 'Nothing is overdue or due soon.',
  'due.sum.overdue': (p) => `${p.n} overdue`,
  'due.sum.dueSoon': (p) => `${p.n} due soon`,
  'due.sum.missing': (p) => `${plural(p.n, 'unit')} yet to send ${p.what}`,
  'due.periodInWords': (p) => `the ${p.name} ${p.year}`,
  'usage.badDate': (p) =>
    `"${p.value}" is not a valid date; write YYYY-MM-DD or dd/mm/yyyy, e.g. 2026-05-22 or 22/05/2026.`,
  'usage.badDays': (p) => `"${p.value}" is not a valid number of days (an integer from 0 to 366).`,
  'help.due': "what is overdue and due soon: the units' reports and the plan's tasks",
  'help.due.asOf': "as of this date (YYYY-MM-DD or dd/mm/yyyy; default: today in the plan's time zone)",
  'help.due.within': 'days ahead that count as due soon (default: settings.within_days, usually 14)',
  'help.due.unit': "only one unit's items (group rows split into units)",
  'help.due.all': 'add done, upcoming (12 months), ongoing, on-request and untimed items',
  'help.due.failOnOverdue': 'exit 1 when anything is overdue (for CI)',
  'help.due.format': 'format: table, json or csv',
  'help.remind':
    "reminders (to paste into Zalo or an e-mail) for each unit that has not sent a period's report, or sent one that needs fixing",
  'help.remind.period':
    "reporting period, e.g. 2026-6t (or 6t: the as-of year's; default: the latest one past or near its deadline)",
  'help.remind.asOf': "as of this date (YYYY-MM-DD or dd/mm/yyyy; default: today in the plan's time zone)",
  'help.remind.format': 'format: text (default), csv (for a mail merge) or json',
  'help.ics':
    'an iCalendar (.ics) file of the report and task deadlines, to import into Google Calendar, Thunderbird…',
  'help.ics.output': 'file to write (default: standard output; "-" too)',
  'help.ics.unit': "only one unit's deadlines",
  'help.ics.from': 'from this date (YYYY-MM-DD or dd/mm/yyyy; default: the --as-of date, i.e. today)',
  'help.ics.to': 'up to and including this date (default: 12 months from --from)',
  'help.ics.alarm': 'days before the deadline to remind (default 3; 0: no reminder)',
  'help.ics.asOf': "as of this date (the calendar's DTSTAMP; default: today in the plan's time zone)",
  'usage.badWindow': (p) =>
    `The dates from ${p.from} to ${p.to} are not a valid window: --to must not be before --from, nor more than 10 years after it.`,
  'ics.done': (p) => `Wrote ${plural(p.events, 'deadline')} (${p.from} to ${p.to}) to ${p.file}.`,
  'ics.none': (p) => `There are no deadlines from ${p.from} to ${p.to}.`,
  'usage.exists': (p) => `Will not overwrite existing files: ${p.files}. Use --force to overwrite.`,
  'usage.needOutput': 'Say where to write the forms: -o DIR.',
  'usage.needPeriod': (p) =>
    `Say which period: --period <year>-<period id>, e.g. 2026-6t (period ids: ${p.periods}).`,
  'usage.badPeriod': (p) =>
    `"${p.period}" is not a reporting period of the plan; write <year>-<period id>, e.g. 2026-6t (period ids: ${p.periods}).`,
  'template.done': (p) => `Wrote ${plural(p.count, 'report form')} for ${p.period} into ${p.dir}/.`,
  'help.receive':
    'file the reports that arrive (Excel forms, YAML, scans) into reports/<period>/<unit id> by what they say, with a receipt',
  'help.receive.files': 'the files received (e.g. ~/Downloads/*.xlsx)',
  'help.receive.unit': "unit id (needed for attachments: .pdf, .docx, images; for forms: only this unit's)",
  'help.receive.period':
    "reporting period, e.g. 2026-6t (needed for attachments; for forms: only this period's)",
  'help.receive.replace': "replace the unit's existing report of that period",
  'help.receive.commit': 'make one git commit of the files filed, with the receipts as its message',
  'usage.needFiles': 'Give at least one file: dcs receive FILE…',
  'receive.notFound': 'no such file',
  'receive.notAFile': 'not a file',
  'receive.unreadable': 'cannot be read (no permission)',
  'receive.tooLarge': 'too large to be a report form',
  'receive.notAForm': 'not a dcs report form (no hidden sheet naming the plan, unit and period)',
  'receive.notAReport':
    'not a report (only .xlsx forms, .yaml reports and .pdf, .doc, .docx, .jpg, .png attachments)',
  'receive.yamlNoUnit': 'the YAML report gives no unit and period',
  'receive.attachmentNeeds':
    'an attachment does not say whose or which period it is: add --unit and --period',
  'receive.oldExcel':
    'an old-format spreadsheet (.xls, .xlsm, .ods): open it in Excel or LibreOffice, save it as .xlsx and receive that',
  'receive.otherPlan': (p) => `a form of the plan "${p.plan}", not this one ("${p.expected}")`,
  'receive.unknownPeriod': (p) => `"${p.period}" is not a reporting period of the plan`,
  'receive.unknownUnit': (p) => `there is no unit "${p.unit}" in units.yaml`,
  'receive.notReporter': (p) => `the unit "${p.unit}" owes no reports under the plan`,
  'receive.notThatPeriod': (p) => `the file is for ${p.period}, not ${p.expected} as --period says`,
  'receive.notThatUnit': (p) => `the file is ${p.unit}'s, not ${p.expected}'s as --unit says`,
  'receive.twice': (p) => `same unit and period as ${p.other}, received above`,
  'receive.alreadyThere':
    "the file is already in the period folder, read as the unit's report; nothing to receive",
  'receive.identical': (p) => `already received: ${p.target} is identical`,
  'receive.exists': (p) => `${p.target} exists (and differs); use --replace if the unit sent a corrected one`,
  'receive.otherClaim': (p) =>
    `the unit already has a report of this period in ${p.other}; remove or move that file first (git keeps its history), then receive again`,
  'receive.refused': 'refused',
  'receive.attachment': 'attachment',
  'receive.sent': (p) => `sent ${p.date}`,
  'receive.onTime': 'on time',
  'receive.late': (p) => `${plural(p.days, 'day')} late`,
  'receive.needsFixing': (p) => `received, needs fixing (${plural(p.errors, 'error')})`,
  'receive.more': (p) => `… and ${plural(p.count, 'more error')} (dcs check shows all)`,
  'receive.summary': (p) =>
    `Filed ${plural(p.filed, 'file')}${p.problems ? ` (${plural(p.problems, 'point')} to look at, marked !)` : ''}; refused ${plural(p.refused, 'file')}.`,
  'usage.receiveNotGit':
    'The plan folder is not in a git repository: drop --commit, or "git init" first. Nothing was filed.',
  'receive.sameFile': 'the same file, given above',
  'receive.stale': (p) =>
    `a form of ${p.period}, long past its deadline: check the unit did not use an old period's form by mistake`,
  'receive.replaced': (p) => `replaces the one sent ${p.date} (${p.state})`,
  'receive.wasUsed': 'counted until now',
  'receive.wasRejected': 'needing a fix until now',
  'receive.commitSubject': (p) => `Receive ${plural(p.count, 'report file')}`,
  'receive.commitFailed': (p) => `Filed the files but could not commit: ${p.detail}`,
  'receive.committed': (p) => `Committed ${plural(p.count, 'file')}.`,
  'examples.receive': [
    'dcs receive ~/Downloads/*.xlsx                       # forms back from Zalo, whatever their names',
    'dcs receive "BC 6 thang - VP (final).xlsx" --replace  # a unit sent a corrected one',
    'dcs receive signed.pdf --unit vhxh --period 2026-6t --commit',
  ].join('\n'),
  'help.template': 'make a blank report form for each reporting unit (Excel or YAML)',
  'help.template.period': "reporting period, e.g. 2026-6t (or 6t: this year's)",
  'help.template.unit': "only one unit's form",
  'help.template.format': 'format: xlsx (default) or yaml',
  'help.template.output': 'folder to write the forms into',
  'help.force': 'overwrite existing files',
  'compile.invalidPlan': (p) =>
    `The plan has ${plural(p.errors, 'error')} (run "dcs check"): nothing compiled, nothing written.`,
  'compile.done': (p) =>
    `Wrote ${p.file}: ${plural(p.used, 'report')} used, ${plural(p.rejected, 'file')} not usable, ${plural(p.missing, 'unit')} not sent (see the "Sources" and "Report submission" sheets).`,
  'compile.doneEmpty': (p) =>
    `Wrote ${p.file}: no usable report yet (${plural(p.rejected, 'file')} not usable); ${plural(p.missing, 'unit')} not sent — print it to chase them.`,
  'help.compile': "compile one period's reports into one Excel workbook (the summary)",
  'help.compile.output': 'file to write (default <plan folder>/tong-hop/tong-hop-<period>.xlsx)',
  'help.compile.date':
    "the document's date (dd/mm/yyyy; default: the day after the deadline, or the latest report used)",
  'help.compile.number': 'the number of the Report this summary is attached to, e.g. "25/BC-UBND"',
  line: 'line',
  'compile.dateBeforeReport': (p) =>
    `note: the document date ${p.date} is before a report it compiles was sent (${p.latest}).`,
  twoDigitYear: (p) => `note: two-digit year in "${p.value}", read as ${p.date}.`,
  'usage.outputIsFolder': (p) =>
    `"${p.file}" is a folder; give the file to write, e.g. ${p.file}/tong-hop.xlsx.`,
  'usage.cannotWrite': (p) => `Cannot write "${p.file}": ${WRITE_ERRORS.en[p.detail] ?? p.detail}.`,
  'usage.badEpoch': (p) =>
    `SOURCE_DATE_EPOCH="${p.value}" is not a number of seconds since 01/01/1970 (e.g. 1780000000); unset it or use --date.`,
  'due.section.needs-fixing': 'Received, needs fixing',
  'due.needsFixing': 'needs fixing',
  'due.unknownUnit': '(unknown unit)',
  'due.sum.needsFixing': (p) => `${plural(p.n, 'report')} to fix`,
  'due.status.overdue': 'Overdue',
  'due.status.needs-fixing': 'Received, needs fixing',
  'due.status.due-soon': 'Due soon',
  'due.status.upcoming': 'Upcoming',
  'due.status.done': 'Done',
  'due.status.ongoing': 'Ongoing',
  'due.status.on-request': 'On request',
  'due.status.untimed': 'Untimed',
  'due.csv.head':
    'kind,id,unit,unit_name,deadline,phrase,status_label,status,days,late_days,done_units,total_units,occurrence,submitted,source,file,problem,title',
  'usage.needDir': 'Say where to create the plan: dcs init DIR --ward "Phường X".',
  'usage.needWard': 'Give the ward\'s name: --ward "Phường X".',
  'usage.notEmpty': (p) => `The folder "${p.dir}" is not empty; choose a new or empty folder.`,
  'usage.wardNoName': (p) =>
    `The name after "${p.ward}" is missing; write it in full, e.g. --ward "${p.ward} An Lão".`,
  'usage.badWard': (p) =>
    `"${p.ward}" does not begin with "Phường", "Xã" or "Đặc khu"; write it in full, e.g. --ward "Xã An Lão".`,
  'init.done': (p) =>
    `Created a starter plan for ${p.ward} in ${p.dir}/, applying from ${p.start}. See ${p.dir}/README.md for what to fill in next, then run: dcs check --plan ${p.dir}`,
  'help.init': 'create a starter plan folder for another ward (passes dcs check at once)',
  'help.init.ward': 'the ward\'s name, beginning with "Phường", "Xã" or "Đặc khu", e.g. "Xã An Lão"',
  'help.init.start': 'the date the plan applies from (default: today): only deadlines from then on count',
  'help.title.Usage:': 'Usage:',
  'help.usage.program': '[options] [command]',
  'help.usage.options': '[options]',
  'help.title.Options:': 'Options:',
  'help.title.Commands:': 'Commands:',
  'help.title.Arguments:': 'Arguments:',
  'help.title.Global Options:': 'Global Options:',
};

export type UiKey = keyof Catalog;
export const ui: Record<Lang, Catalog> = { vi, en };

type ParamsOf<K extends UiKey> = Catalog[K] extends (p: infer P) => string ? P : never;
/** An interface string named at run time (a usage error's key). */
export function tKey(lang: Lang, key: UiKey, params: Record<string, string>): string {
  const entry = ui[lang][key] as string | ((p: Record<string, string>) => string);
  return typeof entry === 'function' ? entry(params) : entry;
}

/** One interface string in the given language. */
export function t<K extends UiKey>(
  lang: Lang,
  key: K,
  ...params: Catalog[K] extends string ? [] : [ParamsOf<K>]
): string {
  const entry = ui[lang][key] as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(params[0]) : entry;
}
