package briefs.produce;

import briefs.annex.PoiAnnex;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import briefs.pdf.CountryBriefPdf;
import briefs.render.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * The brief and annex a message carries: the files {@code brief} and {@code all} write in the
 * output folder, made again when missing or older than the data they come from.
 */
public final class FreshOutputs {
    /** A country's brief and annex, as files in the output folder. */
    public record Pair(Path brief, Path annex) {
    }

    private final CountryOutputs outputs;
    private final Path dataDir;
    private final Path outDir;
    private final FileTime reference;

    public FreshOutputs(Session session) {
        this.outputs = session.outputs(CountryOutputs.Parts.BRIEF_AND_ANNEX);
        this.dataDir = session.folders().data();
        this.outDir = session.folders().out();
        this.reference = newest(dataDir.resolve(DataDirectory.REFERENCE));
    }

    /** The country's brief and annex, each made again first when missing or older than its data. */
    public Pair ensure(CountryFigures figures, SetFigures contributors) throws IOException {
        return ensure(figures, contributors, null);
    }

    /** As {@link #ensure(CountryFigures, SetFigures)}, in a language ({@code SEN-brief-2025-07-fr.pdf}); null for English. */
    public Pair ensure(CountryFigures figures, SetFigures contributors, Language lang) throws IOException {
        Path brief = outDir.resolve(lang == null ? CountryBriefPdf.fileName(figures) : CountryBriefPdf.fileName(figures, lang));
        Path annex = outDir.resolve(lang == null ? PoiAnnex.fileName(figures) : PoiAnnex.fileName(figures, lang));
        FileTime data = dataTime(figures);
        if (stale(brief, data) || stale(annex, data)) {
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

    /** The country's brief, made again first when missing or older than its data. */
    public Path brief(CountryFigures figures, SetFigures contributors) throws IOException {
        Path brief = outDir.resolve(CountryBriefPdf.fileName(figures));
        return stale(brief, dataTime(figures)) ? outputs.brief(figures, contributors.dataSet(), outDir) : brief;
    }

    /** The country's annex, made again first when missing or older than its data. */
    public Path annex(CountryFigures figures, SetFigures contributors) throws IOException {
        Path annex = outDir.resolve(PoiAnnex.fileName(figures));
        return stale(annex, dataTime(figures)) ? outputs.annex(figures, contributors.dataSet(), outDir) : annex;
    }

    private FileTime dataTime(CountryFigures figures) {
        String iso3 = figures.country().iso3();
        return max(reference, modified(dataDir.resolve(DataDirectory.COUNTRIES).resolve(iso3 + ".json")));
    }

    private static boolean stale(Path file, FileTime data) throws IOException {
        return !Files.isRegularFile(file) || Files.getLastModifiedTime(file).compareTo(data) < 0;
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
