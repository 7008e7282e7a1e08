/**
 * The style of the board summary as a document of its own (the HTML the API serves and the case
 * system attaches): inlined into its <style> because the page must load nothing else, and with
 * print rules for A4 so "print / save as PDF" in any browser gives the board's paper. The wizard
 * shows the same markup under its own styles.css.
 * Colours keep 4.5:1 contrast on white; wide tables scroll inside their focusable region so the
 * page itself reflows at 320 px (WCAG 1.4.10). Paper cannot scroll, so in print the regions let
 * their tables show and long words may break instead.
 */
export const boardSummaryDocumentCss = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:.2rem 0}
h2{font-size:1.1rem;margin:1.2rem 0 .4rem;border-bottom:2px solid #00347a;color:#00347a}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #c8cdd0;padding:.25rem .4rem;text-align:left;overflow-wrap:normal}
td.num{text-align:right}
td.sym{text-align:center;font-weight:bold}
.meta,.note{color:#3d3d3d}
.note{font-size:.85rem}
figure{margin:0}
svg{max-width:100%;height:auto}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus{outline:3px solid #00347a}
@media print{
@page{size:A4;margin:14mm}
body{margin:0;max-width:none;font-size:10pt}
h2{break-after:avoid}
table,svg{break-inside:avoid}
.scroll{overflow:visible}
th,td{overflow-wrap:anywhere}
.no-print{display:none}
}
`;
