// What the workbooks dcs writes share: Nghị định 30's Times New Roman, thin boxes, and how many
// lines a text takes in a column (LibreOffice does not fit row heights by itself).
export const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
export const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Lines a text needs in a column about `chars` characters wide. */
export const lineCount = (text: string, chars: number): number =>
  text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil([...l].length / chars)), 0);
