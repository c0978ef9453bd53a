package briefs.cli;

import briefs.derive.Contributors;
import briefs.derive.CountryFigures;
import briefs.load.DataDirectory;
import briefs.render.BriefTemplates;
import briefs.write.CountryBriefPdf;
import briefs.write.FlyingSaucerPdf;
import briefs.write.PoiAnnex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;

/**
 * The brief and annex a message carries: the files {@code brief} and {@code all} write in the
 * output folder, made again when missing or older than the data they come from.
 */
final class FreshOutputs {
    record Pair(Path brief, Path annex) {
    }

    private final CountryOutputs outputs;
    private final Path dataDir;
    private final Path outDir;
    private final FileTime reference;

    FreshOutputs(BriefTemplates templates, Path dataDir, Path outDir) {
        this.outputs = new CountryOutputs(templates, new FlyingSaucerPdf(), Clock.systemDefaultZone(),
                CountryOutputs.Parts.BRIEF_AND_ANNEX);
        this.dataDir = dataDir;
        this.outDir = outDir;
        this.reference = newest(dataDir.resolve(DataDirectory.REFERENCE));
    }

    Pair ensure(CountryFigures figures, Contributors contributors) throws IOException {
        String iso3 = figures.country().iso3();
        FileTime data = max(reference, modified(dataDir.resolve(DataDirectory.COUNTRIES).resolve(iso3 + ".json")));
        Path brief = outDir.resolve(CountryBriefPdf.fileName(figures));
        if (stale(brief, data)) {
            brief = outputs.brief(figures, contributors.dataSet(), outDir);
        }
        Path annex = outDir.resolve(PoiAnnex.fileName(figures));
        if (stale(annex, data)) {
            annex = outputs.annex(figures, contributors.dataSet(), outDir);
        }
        return new Pair(brief, annex);
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
