/**
 * The workbooks, with Apache POI: a country's Excel annex ({@link briefs.annex.PoiAnnex}, laid out
 * by {@link briefs.annex.AnnexLayout} in sheets of {@link briefs.annex.SheetTable} and native
 * charts of {@link briefs.annex.SheetChart}, streamed by {@link briefs.annex.StreamedWorkbook})
 * and the index workbook of a set ({@link briefs.annex.IndexWorkbook}). The annex's words are in
 * {@code annex.properties} ({@link briefs.annex.AnnexWording}); cell styles are made once per
 * workbook ({@link briefs.annex.WorkbookStyles}). POI is imported by no other package.
 */
package briefs.annex;
