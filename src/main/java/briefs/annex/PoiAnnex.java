package briefs.annex;

import briefs.derive.CountryFigures;
import briefs.files.AtomicFile;
import briefs.model.DataSet;
import briefs.model.Iso3;
import briefs.render.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Writes a country's Excel annex, {@code <ISO3>-annex-<YYYY-MM>.xlsx}, with Apache POI: the same
 * figures as the PDF brief, in sheets a recipient can sort, filter and chart. Stateless, so one
 * instance may serve several threads.
 *
 * <p>The workbook is written as its OOXML parts ({@link WorkbookPackage}): sheets, styles,
 * drawings and charts as XML text made from the figures, packaged with POI's OPC layer. Building
 * the same workbook as XSSF and XDDF objects and saving them took 43% of the CPU time of
 * {@code briefs all}.
 */
public final class PoiAnnex {

    private final AnnexWording wording = AnnexWording.standard();

    /**
     * The annex's file name. The code is checked so that no country code from the data can
     * name a path outside the output folder.
     *
     * @throws IllegalArgumentException when iso3 is not three capital letters
     */
    public static String fileName(String iso3, YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new Iso3(iso3) + "-annex-" + month + ".xlsx";
    }

    public static String fileName(CountryFigures figures) {
        return fileName(figures.country().iso3(), figures.month());
    }

    /** {@code <ISO3>-annex-<YYYY-MM>-fr.xlsx} in French; the English name has no language. */
    public static String fileName(CountryFigures figures, Language lang) {
        String english = fileName(figures);
        return english.substring(0, english.length() - ".xlsx".length()) + lang.fileSuffix() + ".xlsx";
    }

    /** Makes the annex in a language under a temporary name beside {@code target}. */
    public AtomicFile.Staged stage(CountryFigures figures, DataSet dataSet, Path target, Language lang) throws IOException {
        Objects.requireNonNull(target, "target");
        AnnexWording words = AnnexWording.of(lang);
        return AtomicFile.stage(target, out -> writeTo(figures, dataSet, out, words));
    }

    /** Writes the annex in a language to a stream; the stream is left open. */
    public void writeTo(CountryFigures figures, DataSet dataSet, OutputStream out, Language lang) throws IOException {
        writeTo(figures, dataSet, out, AnnexWording.of(lang));
    }

    /** Writes the annex to {@code target} atomically: the file is either the old one or the complete new one. */
    public void write(CountryFigures figures, DataSet dataSet, Path target) throws IOException {
        stage(figures, dataSet, target).commitOrDiscard();
    }

    /** Makes the annex under a temporary name beside {@code target}, for {@link AtomicFile.Staged#commit} to put in place. */
    public AtomicFile.Staged stage(CountryFigures figures, DataSet dataSet, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        return AtomicFile.stage(target, out -> writeTo(figures, dataSet, out));
    }

    /** Writes the annex to a stream, e.g. for a mail attachment; the stream is left open. */
    public void writeTo(CountryFigures figures, DataSet dataSet, OutputStream out) throws IOException {
        writeTo(figures, dataSet, out, wording);
    }

    private void writeTo(CountryFigures figures, DataSet dataSet, OutputStream out, AnnexWording wording)
            throws IOException {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(dataSet, "dataSet");
        WorkbookPackage wb = new WorkbookPackage(wording.language().code(), wording.text("monthFormat"));
        new AnnexLayout(wb, wording, figures, dataSet).build();
        wb.writeTo(out, properties(figures, wording));
    }

    private static DocumentProperties properties(CountryFigures figures, AnnexWording wording) {
        String name = wording.language().country(figures.country());
        String month = wording.month(figures.month());
        return new DocumentProperties(
                wording.text("document.title", name, month),
                wording.text("document.subject", name),
                wording.text("document.author"),
                wording.text("document.keywords", name, figures.country().iso3(), figures.month().toString()),
                figures.month());
    }
}
