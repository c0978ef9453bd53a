/**
 * The workbooks, with Apache POI: a country's Excel annex ({@link briefs.annex.PoiAnnex}, laid out
 * by {@link briefs.annex.AnnexLayout} in sheets of {@link briefs.annex.SheetTable} and native
 * charts of {@link briefs.annex.SheetChart}) and the index workbook of a set
 * ({@link briefs.annex.IndexWorkbook}). Both are written as their OOXML parts, XML text made from
 * the sheets' contents ({@link briefs.annex.SheetXml}, {@link briefs.annex.ChartXml},
 * {@link briefs.annex.DrawingXml}, styles in {@link briefs.annex.CellStyle}), and packaged with
 * POI's OPC layer ({@link briefs.annex.WorkbookPackage}). The annex's words are in
 * {@code annex.properties} ({@link briefs.annex.AnnexWording}). POI is imported by no other package.
 */
package briefs.annex;
