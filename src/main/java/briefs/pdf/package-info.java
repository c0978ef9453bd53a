/**
 * The PDF outputs: a country's brief ({@link briefs.pdf.CountryBriefPdf}) and the overview of a
 * set ({@link briefs.pdf.OverviewPdf}), both a template's XHTML made PDF by
 * {@link briefs.pdf.FlyingSaucerPdf}, the one class that drives Flying Saucer and OpenPDF: fonts
 * embedded and subset ({@link briefs.pdf.EmbeddedFontMapper}), charts painted as vector graphics
 * ({@link briefs.pdf.ChartElement}) from the render stage's {@link briefs.render.Chart}s, and a
 * templates folder that a page may read nothing outside of ({@link briefs.pdf.TemplateFolderAgent}).
 *
 * <p>Where a change to the PDF itself goes (tagged PDF, PDF/A, document properties): here, and
 * only here; OpenPDF and Flying Saucer are imported by no other package.
 */
package briefs.pdf;
