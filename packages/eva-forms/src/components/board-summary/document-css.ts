/**
 * The style of the board summary as a document of its own (the HTML the API serves and the case
 * system attaches): inlined into its <style> because the page must load nothing else, and with
 * print rules for A4 so "print / save as PDF" in any browser gives the board's paper: page 1 on
 * one sheet (compact type, the appendix starting a new page), then the appendix. The wizard shows
 * the same markup under its own styles.css.
 * Colours keep 4.5:1 contrast on white (and black text on the matrix's tones); wide tables scroll
 * inside their focusable region so the page itself reflows at 320 px (WCAG 1.4.10). Paper cannot
 * scroll, so in print the regions let their tables show and long words may break instead.
 */
export const boardSummaryDocumentCss = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:.2rem 0}
h2{font-size:1.1rem;margin:1.2rem 0 .4rem;border-bottom:2px solid #00347a;color:#00347a}
h3{font-size:1rem;margin:1rem 0 .3rem;color:#00347a}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #c8cdd0;padding:.25rem .4rem;text-align:left;overflow-wrap:normal}
td.num{text-align:right}
td.sym{text-align:center;font-weight:bold;white-space:nowrap}
.impact-matrix tr.group th{background:#e8edf3}
td.tone-positive{background:#d5ecd9}
td.tone-negative{background:#f6d6d6}
td.tone-zero{background:#f2f2f2}
td.tone-none{background:#fff;font-weight:normal;font-style:italic}
.meta,.note{color:#3d3d3d}
.note{font-size:.85rem}
.status{font-weight:bold}
.status-draft,.status-submitted{color:#8a1c00}
.verdict.fragile{border-left:4px solid #8a1c00;padding-left:.5rem}
.verdict.stable{border-left:4px solid #1a6b2c;padding-left:.5rem}
table.alternatives th[scope=row]{font-weight:bold}
figure{margin:0}
svg{max-width:100%;height:auto}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus{outline:3px solid #00347a}
@media print{
@page{size:A4;margin:14mm}
body{margin:0;max-width:none;font-size:9.5pt;line-height:1.3}
.page-one{font-size:9pt;line-height:1.25}
h1{font-size:13pt;margin:0 0 1mm}
.page-one h2{font-size:10pt;margin:2.5mm 0 .8mm}
.page-one p,.page-one ol,.page-one ul{margin:1mm 0}
.page-one ol,.page-one ul{padding-left:5mm}
.page-one table{font-size:8.5pt;line-height:1.2}
.page-one th,.page-one td{padding:.4mm 1.2mm}
.page-one td.num{white-space:nowrap}
.appendix{break-before:page}
h2,h3{break-after:avoid}
table,svg,tr{break-inside:avoid}
.impact-matrix{break-inside:auto}
.scroll{overflow:visible}
th,td{overflow-wrap:anywhere}
td.sym{white-space:normal}
td.tone-positive,td.tone-negative,td.tone-zero,tr.group th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.no-print{display:none}
}
`;
