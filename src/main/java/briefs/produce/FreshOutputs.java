package briefs.produce;

import briefs.annex.PoiAnnex;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import briefs.pdf.CountryBriefPdf;
import briefs.render.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * The brief and annex a message carries: the files {@code brief} and {@code all} write in the
 * output folder, made again when missing or older than what they are made from: the data, the
 * templates that shape them (edited without rebuilding; the web page's and the e-mail's aside)
 * and the program itself (its jar, rebuilt when the sources change).
 */
public final class FreshOutputs {
    /** A country's brief and annex, as files in the output folder. */
    public record Pair(Path brief, Path annex) {
    }

    /**
     * When the program was built: its jar's last change, as the launcher leaves it after a build;
     * the epoch when it runs from a folder of classes (a test, an IDE), which tells nothing.
     */
    private static final FileTime PROGRAM = programTime();

    private final CountryOutputs outputs;
    private final Path dataDir;
    private final Path outDir;
    /** The last change to what every country's files are made from: the reference data, the templates, the program. */
    private final FileTime madeFrom;

    public FreshOutputs(Session session) {
        this.outputs = session.outputs(CountryOutputs.Parts.BRIEF_AND_ANNEX);
        this.dataDir = session.folders().data();
        this.outDir = session.folders().out();
        this.madeFrom = max(max(newest(dataDir.resolve(DataDirectory.REFERENCE)),
                TemplatesVersion.newestOfTheFiles(session.folders().templates())), PROGRAM);
    }

    /** The country's brief and annex, each made again first when missing or older than what it is made from. */
    public Pair ensure(CountryFigures figures, SetFigures contributors) throws IOException {
        return ensure(figures, contributors, null);
    }

    /** As {@link #ensure(CountryFigures, SetFigures)}, in a language ({@code SEN-brief-2025-07-fr.pdf}); null for English. */
    public Pair ensure(CountryFigures figures, SetFigures contributors, Language lang) throws IOException {
        Path brief = outDir.resolve(lang == null ? CountryBriefPdf.fileName(figures) : CountryBriefPdf.fileName(figures, lang));
        Path annex = outDir.resolve(lang == null ? PoiAnnex.fileName(figures) : PoiAnnex.fileName(figures, lang));
        FileTime from = madeFrom(figures);
        if (stale(brief, from) || stale(annex, from)) {
            // Both made again, and replaced together: a message never carries a brief and an
            // annex from different runs.
            try {
                CountryOutputs made = lang == null ? outputs : outputs.in(f -> List.of(lang));
                CountryOutputs.Written written = made.write(figures, contributors.dataSet(), outDir);
                return new Pair(written.brief(), written.annex());
            } catch (CountryOutputs.PartFailed e) {
                throw e.rethrow();
            }
        }
        return new Pair(brief, annex);
    }

    /** The country's brief, made again first when missing or older than what it is made from. */
    public Path brief(CountryFigures figures, SetFigures contributors) throws IOException {
        Path brief = outDir.resolve(CountryBriefPdf.fileName(figures));
        return stale(brief, madeFrom(figures)) ? outputs.brief(figures, contributors.dataSet(), outDir) : brief;
    }

    /** The country's annex, made again first when missing or older than what it is made from. */
    public Path annex(CountryFigures figures, SetFigures contributors) throws IOException {
        Path annex = outDir.resolve(PoiAnnex.fileName(figures));
        return stale(annex, madeFrom(figures)) ? outputs.annex(figures, contributors.dataSet(), outDir) : annex;
    }

    private FileTime madeFrom(CountryFigures figures) {
        String iso3 = figures.country().iso3();
        return max(madeFrom, modified(dataDir.resolve(DataDirectory.COUNTRIES).resolve(iso3 + ".json")));
    }

    private static FileTime programTime() {
        try {
            Path code = Path.of(FreshOutputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.getLastModifiedTime(code) : FileTime.fromMillis(0);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean stale(Path file, FileTime madeFrom) throws IOException {
        return !Files.isRegularFile(file) || Files.getLastModifiedTime(file).compareTo(madeFrom) < 0;
    }

    private static FileTime newest(Path dir) {
        FileTime newest = FileTime.fromMillis(0);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                newest = max(newest, Files.getLastModifiedTime(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return newest;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE); // unknown: make the files again
        }
    }

    private static FileTime max(FileTime a, FileTime b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
