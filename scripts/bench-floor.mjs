// The raw floor of `dcs compile` (scripts/bench.mjs): the least work any tool must do for a season —
// parse the plan's YAML files and the period's reports with the same libraries (yaml's parseDocument +
// toJS; exceljs's Workbook.xlsx.load for forms), and write the same number of cells, of the same text
// length, per sheet with exceljs's streaming writer (shared strings and styles on, as dcs writes).
// No checking, no counting, no layout.
//   node scripts/bench-floor.mjs PLAN-DIR INSTANCE OUT.xlsx SHAPE.json
// SHAPE.json, read from dcs's own output for the season: [{ "name": sheet, "rows": rows, "cells": non-empty
// cells, "chars": average characters per cell, "distinct": distinct texts }]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import ExcelJS from 'exceljs';

const [dir, instance, out, shapeFile] = process.argv.slice(2);
if (!shapeFile) {
  console.error('usage: node scripts/bench-floor.mjs PLAN-DIR INSTANCE OUT.xlsx SHAPE.json');
  process.exit(2);
}
let sink = 0;
const yamlFile = (path) => {
  const js = parseDocument(readFileSync(path, 'utf8')).toJS();
  sink += js ? Object.keys(js).length : 0;
};
for (const name of readdirSync(dir).sort()) if (name.endsWith('.yaml')) yamlFile(join(dir, name));
const season = join(dir, 'reports', instance);
for (const name of readdirSync(season).sort()) {
  const path = join(season, name);
  if (name.endsWith('.yaml')) yamlFile(path);
  else if (name.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path));
    sink += wb.worksheets.length;
  } else sink += readFileSync(path).length;
}

const shape = JSON.parse(readFileSync(shapeFile, 'utf8'));
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
for (const { name, rows, cells, chars, distinct } of shape) {
  const ws = wb.addWorksheet(name);
  const width = Math.max(1, Math.round(chars));
  const cols = Math.max(1, Math.round(cells / Math.max(1, rows)));
  // As many distinct texts as dcs wrote: a shared-strings table of the same size.
  const texts = Array.from({ length: Math.max(1, distinct) }, (_, i) => `${i} `.padEnd(width, 'x'));
  for (let r = 0, k = 0; r < rows; r++) {
    const values = [];
    for (let c = 0; c < cols; c++, k++) values.push(texts[k % texts.length]);
    ws.addRow(values).commit();
  }
  ws.commit();
}
await wb.commit();
if (sink < 0) console.log(sink);
