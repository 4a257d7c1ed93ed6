// Generated from schemas/*.schema.json by scripts/gen-types.mjs. Do not edit by hand.

/** Ngày (ISO) — Ngày theo dạng YYYY-MM-DD, đặt trong dấu nháy, ví dụ "2026-06-04". */
export type IsoDate = string;

/** Mã đơn vị — Chữ thường không dấu, số và dấu gạch nối, ví dụ "vhxh", "tdp-1". Mã này được dùng làm tên tệp báo cáo. */
export type UnitId = string;

/** Số thứ tự nhiệm vụ — Đánh số theo văn bản, ví dụ "II.1", "IV.2.a", "PL1.1.3". Duy nhất trong toàn kế hoạch. Đặt trong dấu nháy nếu chỉ gồm số ("1.10"). */
export type TaskId = string;

/** Đơn vị hoặc nhóm — Mã một đơn vị ("vhxh") hoặc một nhóm viết "@mã-nhóm" trong dấu nháy ("@to-dan-pho"): mỗi đơn vị trong nhóm đều phải thực hiện. */
export type Ref = string;

/** Văn bản — Một đoạn chữ không rỗng. */
export type Text = string;

/** Nhiệm vụ — Một nhiệm vụ của kế hoạch: nội dung, đơn vị chủ trì, phối hợp, thời gian thực hiện và sản phẩm. */
export interface Task {
  id: TaskId;
  /** Mục của văn bản — Mục trong văn bản nơi nhiệm vụ được nêu, ví dụ "IV.2". */
  section?: string;
  /** Nội dung nhiệm vụ — Nội dung nhiệm vụ, theo lời văn của kế hoạch. */
  content: string;
  /** Đơn vị chủ trì — Một đơn vị hoặc một nhóm ("@mã-nhóm") chịu trách nhiệm chính. */
  lead: Ref;
  /** Đơn vị phối hợp — Danh sách đơn vị hoặc nhóm phối hợp thực hiện. */
  support?: Ref[];
  /** Ghi chú về phối hợp — Phần phối hợp không phải là đơn vị cụ thể, ví dụ "các cơ quan, đơn vị có liên quan". */
  support_note?: string;
  /** Thời gian thực hiện — Cụm từ thời gian đúng như văn bản ghi, ví dụ "Thường xuyên", "Trước ngày 05/6 hằng năm", "Quý II/2026". Bỏ trống nếu văn bản không nêu thời gian. */
  time?: string;
  /** Sản phẩm — Kết quả, sản phẩm của nhiệm vụ, ví dụ "Báo cáo", "Hội nghị tập huấn". */
  output?: string;
  /** Hình thức giao — "assigned": giao nhiệm vụ; "requested": đề nghị phối hợp (Mặt trận, Ban Xây dựng Đảng). */
  mode?: "assigned" | "requested";
  /** Ghi chú — Ghi chú thêm. */
  note?: string;
}

/** Kế hoạch (plan.yaml) — Kế hoạch thực hiện dân chủ ở cơ sở của một phường, xã: thông tin văn bản, căn cứ, nhiệm vụ, chế độ báo cáo và người ký. */
export interface PlanFile {
  /** Mã kế hoạch — Mã duy nhất của kế hoạch, ghi vào biểu mẫu báo cáo để nhận diện, ví dụ "hong-an-dcs-2026". */
  id: string;
  /** Trích yếu — Tên, trích yếu nội dung của kế hoạch. */
  title: string;
  /** Cơ quan ban hành — Cơ quan ban hành kế hoạch. */
  issuer: {
    /** Tên đầy đủ — Ví dụ "Ủy ban nhân dân phường Hồng An". */
    name: string;
    /** Tên viết tắt — Ví dụ "UBND phường Hồng An". */
    short: string;
    /** Cơ quan cấp trên — Dòng trên của tên cơ quan ở đầu văn bản, nếu có. */
    parent?: string;
  };
  /** Địa danh — Địa danh ghi ở dòng ngày tháng, ví dụ "Hồng An" trong "Hồng An, ngày 05 tháng 6 năm 2026". */
  place: string;
  /** Số, ký hiệu — Số, ký hiệu văn bản, ví dụ "125/KH-UBND". Để null khi là dự thảo. */
  number: string | null;
  /** Ngày ban hành — Ngày ký ban hành (YYYY-MM-DD, trong dấu nháy). Để null khi là dự thảo. */
  date: string | null;
  /** Tình trạng — "draft": dự thảo (chưa có số, ngày); "issued": đã ban hành (có số và ngày). */
  status: "draft" | "issued";
  /** Ngày bắt đầu áp dụng — Ngày đầu tiên kế hoạch được áp dụng (YYYY-MM-DD); hạn báo cáo và nhiệm vụ được tính từ ngày này. */
  start: IsoDate;
  /** Thiết lập — Các thiết lập của dcs cho kế hoạch này (đều không bắt buộc). */
  settings?: {
    /** Múi giờ — Múi giờ dùng để xác định "hôm nay". Mặc định Asia/Ho_Chi_Minh. */
    timezone?: string;
    /** "Trước ngày" gồm cả ngày đó — false (mặc định): "trước ngày 05/6" nghĩa là hạn cuối 04/6. true: hạn cuối là chính ngày 05/6. */
    before_is_inclusive?: boolean;
    /** Số ngày sắp đến hạn — dcs due liệt kê các việc đến hạn trong số ngày này. Mặc định 14. */
    within_days?: number;
  };
  /** Căn cứ — Các văn bản làm căn cứ ban hành kế hoạch. */
  bases?: {
    /** Mã văn bản — Mã ngắn để tham chiếu, ví dụ "nq-82-2025". */
    id: string;
    /** Loại văn bản — Ví dụ "Luật", "NĐ", "NQ", "KH", "QĐ". */
    kind: string;
    /** Số, ký hiệu — Ví dụ "82/NQ-HĐND", "10/2022/QH15". */
    number?: string;
    /** Ngày ban hành — YYYY-MM-DD, theo văn bản kế hoạch ghi. */
    date?: IsoDate;
    /** Cơ quan ban hành — Ví dụ "HĐND thành phố Hải Phòng". */
    issuer?: string;
    /** Trích yếu — Trích yếu nội dung văn bản. */
    title: string;
    /** Ghi chú — Ghi chú, ví dụ khi ngày trong kế hoạch khác với văn bản gốc. */
    note?: string;
  }[];
  /** Mục đích — Các mục đích của kế hoạch (mục I.1). */
  purposes?: Text[];
  /** Yêu cầu — Các yêu cầu của kế hoạch (mục I.2). */
  requirements?: Text[];
  /** Kinh phí thực hiện — Nguồn kinh phí thực hiện kế hoạch. */
  funding?: string;
  /** Nhiệm vụ — Các nhiệm vụ nêu trong thân kế hoạch. */
  tasks: Task[];
  /** Phụ lục — Các phụ lục kèm theo kế hoạch, mỗi phụ lục một tệp trong cùng thư mục. */
  appendices?: {
    /** Mã phụ lục — Ví dụ "PL1". */
    id: string;
    /** Tệp — Tên tệp phụ lục trong thư mục kế hoạch, ví dụ "phu-luc-1.yaml". */
    file: string;
    /** Tiêu đề — Tiêu đề phụ lục. */
    title: string;
  }[];
  /** Chế độ báo cáo — Ai báo cáo, gửi ai, các kỳ báo cáo và hạn gửi. */
  reporting: {
    /** Nơi nhận báo cáo — Mã đơn vị nhận, tổng hợp báo cáo, ví dụ Phòng Văn hóa - Xã hội. */
    receiver: UnitId;
    /** Đơn vị phải báo cáo — Một đơn vị, một nhóm ("@mã-nhóm") hoặc danh sách các đơn vị, nhóm phải gửi báo cáo. */
    units: string | Ref[];
    /** Kỳ báo cáo — Các kỳ báo cáo định kỳ. */
    periods: {
      /** Mã kỳ — Ví dụ "6t", "9t", "nam". Thư mục báo cáo có tên <năm>-<mã kỳ>, ví dụ "2026-6t". */
      id: string;
      /** Tên kỳ — Ví dụ "Báo cáo 6 tháng". */
      name: string;
      /** Hạn gửi — Cụm từ thời gian như văn bản ghi, ví dụ "Trước ngày 05/6 hằng năm". */
      deadline: string;
    }[];
    /** Nơi nhận Báo cáo của phường — Các dòng "Nơi nhận:" của Báo cáo kết quả mà dcs draft soạn, ví dụ "UBND thành phố", "Sở Nội vụ". Không ghi thì là đơn vị nhận báo cáo (receiver). Dòng "Lưu: VT, …" được thêm nếu chưa có. */
    recipients?: Text[];
  };
  /** Người ký — Khối chữ ký: thẩm quyền ký, chức vụ, họ tên. */
  signer: {
    /** Quyền hạn ký — Ví dụ "TM. ỦY BAN NHÂN DÂN". */
    on_behalf: string;
    /** Chức vụ — Ví dụ "CHỦ TỊCH". */
    title: string;
    /** Họ và tên — Họ và tên người ký. */
    name: string;
  };
  /** Nơi nhận — Danh sách nơi nhận ở cuối văn bản. */
  recipients?: Text[];
  /** Ghi chú — Ghi chú về kế hoạch. */
  note?: string;
}

/** Đơn vị (units.yaml) — Các đơn vị của phường và các cơ quan được đề nghị phối hợp, cùng các nhóm đơn vị. */
export interface UnitsFile {
  /** Đơn vị — Danh sách đơn vị, theo thứ tự sẽ hiển thị. */
  units: {
    id: UnitId;
    /** Tên đơn vị — Tên đầy đủ, ví dụ "Phòng Văn hóa - Xã hội". */
    name: string;
    /** Tên viết tắt — Ví dụ "VHXH". */
    short?: string;
    /** Loại đơn vị — ubnd, phong, don-vi-su-nghiep, truong-hoc, llvt (lực lượng vũ trang), to-dan-pho (tổ dân phố), thon (thôn), mat-tran, doan-the, dang, ban, khac. */
    kind: "ubnd" | "phong" | "don-vi-su-nghiep" | "truong-hoc" | "llvt" | "to-dan-pho" | "thon" | "mat-tran" | "doan-the" | "dang" | "ban" | "khac";
    /** Liên hệ — Điện thoại, thư điện tử hoặc người đầu mối. */
    contact?: string;
    /** Ghi chú — Ghi chú về đơn vị. */
    note?: string;
  }[];
  /** Nhóm đơn vị — Các nhóm, dùng trong kế hoạch dưới dạng "@mã-nhóm". Một nhóm gồm các đơn vị thuộc các loại trong kinds, các đơn vị trong units, hoặc tất cả (all: true), trừ except. */
  groups?: {
    id: UnitId;
    /** Tên nhóm — Ví dụ "Các tổ dân phố". */
    name: string;
    /** Các loại đơn vị — Mọi đơn vị thuộc các loại này đều ở trong nhóm. */
    kinds?: Array<"ubnd" | "phong" | "don-vi-su-nghiep" | "truong-hoc" | "llvt" | "to-dan-pho" | "thon" | "mat-tran" | "doan-the" | "dang" | "ban" | "khac">;
    /** Các đơn vị — Mã các đơn vị được đưa vào nhóm. */
    units?: UnitId[];
    /** Tất cả đơn vị — true: nhóm gồm mọi đơn vị. */
    all?: boolean;
    /** Trừ — Mã các đơn vị không thuộc nhóm. */
    except?: UnitId[];
    /** Ghi chú — Ghi chú về nhóm. */
    note?: string;
  }[];
}

/** Phụ lục (phu-luc-*.yaml) — Một phụ lục của kế hoạch: Phụ lục I gồm các mục tiêu (có chỉ tiêu và nhiệm vụ), Phụ lục II gồm các biện pháp (có nhiệm vụ). */
export interface AppendixFile {
  /** Mã phụ lục — Trùng với mã khai báo trong plan.yaml, ví dụ "PL1". */
  id: string;
  /** Tiêu đề — Tiêu đề phụ lục. */
  title: string;
  /** Ghi chú — Ghi chú về phụ lục. */
  note?: string;
  /** Mục tiêu — Các mục tiêu bảo đảm thực hiện dân chủ ở cơ sở (Phụ lục I). */
  objectives?: {
    id: TaskId;
    /** Nội dung mục tiêu — Nội dung mục tiêu. */
    content: string;
    /** Chỉ tiêu — Các chỉ tiêu định lượng của mục tiêu. */
    indicators?: {
      /** Mã chỉ tiêu — Dùng làm khóa trong báo cáo, ví dụ "tdp-co-huong-uoc". */
      id: string;
      /** Tên chỉ tiêu — Tên chỉ tiêu. */
      name: string;
      /** Đơn vị tính — Ví dụ "%", "tổ dân phố", "hội nghị". */
      unit: string;
      /** Chỉ tiêu kế hoạch — Giá trị cần đạt. */
      target: number;
      /** Đơn vị báo cáo — Đơn vị hoặc nhóm báo cáo giá trị của chỉ tiêu. */
      reported_by: Ref;
      /** Cách tổng hợp — sum: cộng; ratio: tổng value chia tổng of; min: nhỏ nhất; max: lớn nhất. */
      aggregate: "sum" | "ratio" | "min" | "max";
      /** Ghi chú — Ghi chú về chỉ tiêu. */
      note?: string;
    }[];
    /** Nhiệm vụ — Các nhiệm vụ thực hiện mục tiêu. */
    tasks?: Task[];
  }[];
  /** Biện pháp — Các biện pháp bảo đảm thực hiện dân chủ ở cơ sở (Phụ lục II). */
  measures?: {
    id: TaskId;
    /** Nội dung biện pháp — Nội dung biện pháp. */
    content: string;
    /** Nhiệm vụ — Các nhiệm vụ thực hiện biện pháp. */
    tasks?: Task[];
  }[];
}

/** Báo cáo của đơn vị (reports/<kỳ>/<mã-đơn-vị>.yaml) — Báo cáo kết quả thực hiện kế hoạch của một đơn vị trong một kỳ báo cáo. */
export interface ReportFile {
  /** Đơn vị báo cáo — Mã đơn vị; trùng với tên tệp. */
  unit: UnitId;
  /** Kỳ báo cáo — <năm>-<mã kỳ>, ví dụ "2026-6t"; trùng với tên thư mục. */
  period: string;
  /** Ngày gửi báo cáo — Ngày đơn vị gửi báo cáo (YYYY-MM-DD). */
  submitted: IsoDate;
  /** Số báo cáo — Số, ký hiệu báo cáo, ví dụ "05/BC-TDP1". */
  number?: string;
  /** Người ký — Họ tên, chức vụ người ký báo cáo. */
  signer?: string;
  /** Kết quả thực hiện nhiệm vụ — Tiến độ từng nhiệm vụ của đơn vị. Nhiệm vụ không có ở đây được tính là chưa báo cáo. */
  tasks: {
    /** Số thứ tự nhiệm vụ — Số thứ tự của nhiệm vụ trong kế hoạch, ví dụ "II.1". */
    task: TaskId;
    /** Tiến độ thực hiện — hoan-thanh (Hoàn thành), dang-thuc-hien (Đang thực hiện), chua-thuc-hien (Chưa thực hiện), khong-phat-sinh (Không phát sinh). Để trống ("" hoặc không ghi gì sau dấu hai chấm) nghĩa là đơn vị chưa báo cáo nhiệm vụ này. */
    status: "hoan-thanh" | "dang-thuc-hien" | "chua-thuc-hien" | "khong-phat-sinh" | "" | null;
    /** Kết quả — Kết quả đạt được. */
    result?: string;
    /** Ghi chú — Ghi chú. */
    note?: string;
  }[];
  /** Chỉ tiêu — Giá trị các chỉ tiêu đơn vị báo cáo: một số, hoặc {value, of} (ví dụ 28 trên 30). */
  indicators?: Record<string, number | {
    /** Số đạt được — Tử số. */
    value: number | null;
    /** Trên tổng số — Mẫu số. */
    of: number | null;
  } | null>;
  /** Khó khăn, vướng mắc — Khó khăn, vướng mắc trong kỳ. */
  difficulties?: string;
  /** Đề xuất, kiến nghị — Đề xuất, kiến nghị. */
  proposals?: string;
}
