#!/usr/bin/python3
"""Fills in a dcs report form with openpyxl — a different library from the exceljs that wrote it —
the way a unit's clerk would: by the labels and the task ids, not by fixed cells.

usage: fill_form.py IN.xlsx OUT.xlsx SUBMITTED STATUS [insert-row]
  SUBMITTED: "03/06/2026" (typed as text) or "date:2026-06-03" (a real date cell)
  STATUS: the label typed into every task's "Tiến độ thực hiện", e.g. "Hoàn thành" or "xong"
  insert-row: insert an extra row above the task table first, as a clerk adding a note would
"""
import datetime, sys
import openpyxl

src, out, submitted, status = sys.argv[1:5]
insert = len(sys.argv) > 5 and sys.argv[5] == 'insert-row'
wb = openpyxl.load_workbook(src)
meta = {r[0].value: r[1].value for r in wb['dcs'].iter_rows(min_row=1, max_col=2)}
ws = wb[meta['sheet']]
ws.protection.sheet = False
if insert:
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == 'STT')
    ws.insert_rows(first - 1)
    ws.cell(first - 1, 1).value = 'Ghi chú của đơn vị: số liệu tính đến ngày 31/5.'
rows = {str(ws.cell(r, 1).value).strip(): r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value is not None}
label = lambda text: next(r for k, r in rows.items() if k.startswith(text))
if submitted.startswith('date:'):
    ws.cell(label('Ngày gửi báo cáo'), 3).value = datetime.datetime.fromisoformat(submitted[5:])
else:
    ws.cell(label('Ngày gửi báo cáo'), 3).value = submitted
ws.cell(label('Số báo cáo'), 3).value = '07/BC-' + meta['unit'].upper()
for task in (meta['tasks'] or '').split('\n'):
    if task and task in rows:
        ws.cell(rows[task], 4).value = status
        ws.cell(rows[task], 5).value = f'Đã triển khai nhiệm vụ {task}.'
for ind in (meta['indicators'] or '').split('\n'):
    if ind and ind in rows:
        ws.cell(rows[ind], 5).value = 3
        if ws.cell(rows[ind], 6).value != '—':
            ws.cell(rows[ind], 6).value = 4
ws.cell(label('III. KHÓ KHĂN') + 1, 1).value = 'Thiếu kinh phí in tài liệu.'
ws.cell(label('IV. ĐỀ XUẤT') + 1, 1).value = 'Đề nghị hỗ trợ tập huấn.'
wb.save(out)
