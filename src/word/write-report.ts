// The ward's Báo cáo as a Word document in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): A4
// portrait, margins 20/20/30/15 mm, Times New Roman 14 pt, the header of issuing body and Quốc hiệu
// in a borderless table with their rules, page numbers from page 2, the recipients and the signer
// side by side. Built with the `docx` package (the only module that imports it, loaded only by
// `dcs draft`), then re-packed with fixed zip dates and core-property dates, so the same inputs give
// the same bytes in any time zone.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import type { Draft, Line } from '../compile/draft.js';
import { textWidth } from '../excel/metrics.js';
import { REPORT } from '../i18n/report.js';
import { WORDS } from '../i18n/workbook.js';
import { parseIso } from '../time/calendar.js';

const FONT = 'Times New Roman';
const mm = (v: number): number => Math.round((v * 1440) / 25.4);
const pt = (v: number): number => Math.round(v * 20);
/** A4 portrait with Nghị định 30's margins (top and bottom 20 mm, left 30, right 15), in twips; the text
 * is the width between the margins. */
const PAGE = { width: 11906, height: 16838, left: mm(30), right: mm(15), top: mm(20), bottom: mm(20) };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The header's columns: the issuing body on the left, the Quốc hiệu on the right. */
const HEAD = [Math.round(TEXT_WIDTH * 0.39), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.39)] as const;
const SIGN = [Math.round(TEXT_WIDTH * 0.47), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.47)] as const;
const BODY_SIZE = 14;
const INDENT = mm(12.7);
const AFTER = pt(6);
/** Line spacing 1.15 in the body, 1.1 in headers, tables and the signature (in 240ths of a line): any
 * closer and stacked Vietnamese tone marks touch the line above. */
const LINE = 276;
const SNUG = 264;

// XML 1.0 cannot hold these: a document with one does not open.
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Text as runs: a line break for each newline the unit wrote, sizes in points. */
function runs(text: string, o: RunStyle & { pt?: number } = {}): TextRun[] {
  const { pt: size, ...style } = o;
  return text
    .replace(XML_ILLEGAL, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(
      (line, k) =>
        new TextRun({ ...style, text: line, size: (size ?? BODY_SIZE) * 2, ...(k ? { break: 1 } : {}) }),
    );
}

/** A paragraph of the body: justified, first line indented, 6 pt after. */
function body(children: TextRun[], o: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { after: AFTER, line: LINE },
    children,
    ...o,
  });
}

const heading = (text: string): Paragraph =>
  body(runs(text, { bold: true }), { keepNext: true, keepLines: true });

/** A line the clerk must still write is highlighted; a unit's words are plain. */
const item = (l: Line): Paragraph =>
  l.fill ? body(runs(l.text, { highlight: 'yellow' })) : body(runs(`- ${l.text}`));

function centred(
  text: string,
  o: RunStyle & { pt?: number; after?: number; before?: number; line?: number } = {},
): Paragraph {
  const { after, before, line, ...style } = o;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: before ?? 0, after: after ?? 0, line: line ?? SNUG },
    children: runs(text, style),
  });
}

/** A solid rule `width` points long, centred in a column `column` twips wide: the bottom border of an
 * empty, nearly flat paragraph (Nghị định 30's lines under the issuing body, the motto, the subject). */
function rule(width: number, column: number): Paragraph {
  const side = Math.max(0, Math.round((column - pt(width)) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: pt(3), lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 4 },
    children: [],
  });
}

const NO_BORDERS = TableBorders.NONE;

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

function layout(widths: readonly number[], rows: TableRow[], borders = NO_BORDERS): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders,
    rows,
  });
}

function header(d: Draft): Table {
  const w = WORDS.vi;
  const bodyLine = d.body || d.parent;
  return layout(HEAD, [
    new TableRow({
      cantSplit: true,
      children: [
        cell(HEAD[0], [
          ...(d.body ? [centred(d.parent, { pt: 13 })] : []),
          centred(bodyLine, { pt: 13, bold: true }),
          rule(0.45 * textWidth(bodyLine, 13, true), HEAD[0]),
        ]),
        cell(HEAD[1], [
          centred(w.nation, { pt: 12, bold: true }),
          centred(w.motto, { pt: 13, bold: true }),
          rule(textWidth(w.motto, 13, true), HEAD[1]),
        ]),
      ],
    }),
    new TableRow({
      cantSplit: true,
      children: [
        cell(HEAD[0], [centred(d.number, { pt: 13, before: pt(6) })]),
        cell(HEAD[1], [centred(d.placeDate, { pt: 14, italics: true, before: pt(6) })]),
      ],
    }),
  ]);
}

function indicators(d: Draft): Table {
  const widths = [600, 3455, 1200, 1300, 1300, 1500];
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const box = {
    top: line,
    bottom: line,
    left: line,
    right: line,
    insideHorizontal: line,
    insideVertical: line,
  };
  const row = (values: string[], bold = false) =>
    new TableRow({
      cantSplit: true,
      tableHeader: bold,
      children: values.map(
        (v, k) =>
          new TableCell({
            width: { size: widths[k]!, type: WidthType.DXA },
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                alignment: k === 1 && !bold ? AlignmentType.LEFT : AlignmentType.CENTER,
                spacing: { before: 0, after: 0, line: SNUG },
                children: runs(v, { pt: 13, bold }),
              }),
            ],
          }),
      ),
    });
  return layout(
    widths,
    [
      row(REPORT.indicatorHead, true),
      ...d.indicators.map((x, k) => row([String(k + 1), x.name, x.unit, x.target, x.achieved, x.rate])),
    ],
    box,
  );
}

function signature(d: Draft): Table {
  const left = new Paragraph({
    spacing: { before: 0, after: 0, line: SNUG },
    children: runs(REPORT.recipients, { pt: 12, bold: true, italics: true }),
  });
  const rec = d.recipients.map(
    (r) => new Paragraph({ spacing: { before: 0, after: 0, line: SNUG }, children: runs(r, { pt: 11 }) }),
  );
  return layout(SIGN, [
    new TableRow({
      cantSplit: true,
      children: [
        cell(SIGN[0], [left, ...rec]),
        cell(SIGN[1], [
          centred(d.signer.on_behalf, { bold: true, line: LINE }),
          centred(d.signer.title, { bold: true, line: LINE, after: pt(72) }),
          centred(d.signer.name, { bold: true }),
        ]),
      ],
    }),
  ]);
}

/** Everything below the header, in order. */
function content(d: Draft): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    centred(REPORT.title, { bold: true, before: pt(18) }),
    // Never "ngày" at the end of one line and its date on the next.
    centred(d.subject.replace(/ (số|ngày) (?=[\d…])/g, ' $1\u00a0'), { bold: true }),
    rule(0.4 * Math.min(textWidth(d.subject, BODY_SIZE, true), TEXT_WIDTH / 20), TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] }),
    body(runs(d.opening)),
    heading(REPORT.results),
  ];
  out.push(heading(`1. ${REPORT.submissionHeading}`), body(runs(d.submission)));
  d.parts.forEach((part, k) => {
    out.push(heading(`${k + 2}. ${part.title}`));
    for (const g of part.groups) {
      if (g.heading) out.push(body(runs(g.heading, { bold: true, italics: true }), { keepNext: true }));
      for (const t of g.tasks) {
        out.push(
          body([...runs(`${t.id}. `, { bold: true }), ...runs(t.content, { italics: true })], {
            keepNext: true,
          }),
        );
        if (t.count) out.push(body(runs(`${t.count}.`), { keepNext: t.lines.length > 0 }));
        out.push(...t.lines.map(item));
      }
    }
  });
  if (d.indicators.length) {
    out.push(heading(`${d.parts.length + 2}. ${REPORT.indicators}`), indicators(d));
    out.push(new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] }));
  }
  out.push(heading(REPORT.difficulties), ...d.difficulties.map(item));
  out.push(heading(REPORT.proposals), ...d.proposals.map(item));
  out.push(body(runs(d.closing), { spacing: { after: pt(12), line: LINE } }));
  // Word ends a document with a paragraph after its last table: a flat one, never a page of its own.
  out.push(
    signature(d),
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, children: [] }),
  );
  return out;
}

/** The document's bytes; `date` (ISO) is its date, written as the zip's and the properties' dates. */
export async function writeReport(d: Draft, date: string): Promise<Buffer> {
  const p = parseIso(date);
  const fixed = p ? new Date(Date.UTC(p.y, p.m - 1, p.d)) : new Date(Date.UTC(2000, 0, 1));
  const doc = new Document({
    creator: 'dcs',
    lastModifiedBy: 'dcs',
    title: `${REPORT.title} ${d.subject}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE * 2, language: { value: 'vi-VN' } },
          paragraph: { spacing: { after: AFTER, line: LINE } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: mm(10),
              footer: mm(10),
            },
          },
        },
        headers: {
          // Nghị định 30: page numbers centred at the top, from the second page.
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE * 2 })],
              }),
            ],
          }),
        },
        children: [header(d), ...content(d)],
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);

  // docx stamps "now" on every zip entry and in the core properties: use the document's date.
  const zip = await JSZip.loadAsync(packed);
  const out = new JSZip();
  const stamp = fixed.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml')
      data = new TextDecoder()
        .decode(data)
        .replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    out.file(name, data, { date: fixed, createFolders: false });
  }
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  });
}
