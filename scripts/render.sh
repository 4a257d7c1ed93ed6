#!/usr/bin/env bash
# Renders a workbook (or a .docx) as a printed document would look: LibreOffice → PDF → one PNG per page.
#   scripts/render.sh FILE.xlsx|FILE.docx OUTDIR [DPI]
# Needs Debian's libreoffice-calc-nogui (libreoffice-writer-nogui for .docx), poppler-utils and fonts-liberation (Times New Roman is
# printed with its metric twin Liberation Serif). Prints the number of pages.
set -euo pipefail
file=$1 out=$2 dpi=${3:-70}
mkdir -p "$out"
name=$(basename "${file%.*}")
soffice --headless --convert-to pdf --outdir "$out" "$file" >/dev/null 2>&1
pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/$name"
pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}'
