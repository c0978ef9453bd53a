/**
 * Figures to what a reader sees, without writing any file: the FreeMarker layouts of a templates
 * folder ({@link briefs.render.BriefTemplates}, locked down and parsed once per process), the view
 * model they are given ({@link briefs.render.BriefView}: figures and formats, never markup), the
 * charts ({@link briefs.render.BriefCharts}, JFreeChart objects drawn later by the PDF writer), the
 * number and date formats ({@link briefs.render.BriefFormat}) and the one type family
 * ({@link briefs.render.Typeface}). It reads the derive stage's records and imports no PDF or
 * spreadsheet library.
 */
package briefs.render;
