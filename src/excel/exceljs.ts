// exceljs costs ~280 ms to import: only the commands that read or write a workbook load it, and
// only when they do. exceljs is CommonJS with an object-literal export, hence `.default`.
import type ExcelJSType from 'exceljs';

let loaded: typeof ExcelJSType | undefined;
export async function excel(): Promise<typeof ExcelJSType> {
  loaded ??= (await import('exceljs')).default;
  return loaded;
}
