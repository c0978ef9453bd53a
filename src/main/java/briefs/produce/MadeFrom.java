package briefs.produce;

import briefs.load.DataDirectory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a country's brief and annex are made from: the reference data, the country's data file,
 * the templates that shape them (all of the templates folder but {@code web/} and {@code mail/})
 * and the program (its jar, which the launcher rebuilds when the sources change). Each file is
 * written with a label that sums these up, every file's name, size and last change
 * ({@link briefs.files.FileLabel}), and {@link FreshOutputs} reuses a file only when its label
 * is the one the run's own folders give. Times alone cannot tell a brief made with another
 * templates or data folder, into the same output folder: it is newer than these.
 */
final class MadeFrom {
    /** The name of the label (the extended attribute {@code user.briefs.made-from}). */
    static final String LABEL = "briefs.made-from";

    /** The program, as a source of the files: its jar; none when it runs from a folder of classes (a test, an IDE). */
    private static final SourceFile PROGRAM = program();

    private final Path countries;
    private final List<String> shared;
    private final FileTime newest;

    private MadeFrom(Path countries, List<String> shared, FileTime newest) {
        this.countries = countries;
        this.shared = List.copyOf(shared);
        this.newest = newest;
    }

    /** What the files made from these folders are made from, as it is now: a listing of two folders. */
    static MadeFrom of(Folders folders) {
        List<SourceFile> sources = new ArrayList<>(
                SourceFile.listed(folders.data().resolve(DataDirectory.REFERENCE), "data/"));
        TemplatesVersion.ofTheFiles(folders.templates()).forEach(t ->
                sources.add(new SourceFile("templates/" + t.name(), t.size(), t.modified())));
        if (PROGRAM != null) {
            sources.add(PROGRAM);
        }
        List<String> shared = new ArrayList<>();
        FileTime newest = FileTime.fromMillis(0);
        for (SourceFile s : sources) {
            shared.add(s.entry());
            newest = SourceFile.later(newest, s.modified());
        }
        return new MadeFrom(folders.data().resolve(DataDirectory.COUNTRIES), shared, newest);
    }

    /**
     * A country's files' sources, its data file read once.
     *
     * @param label  16 hex digits that change with any of them
     * @param newest the last change to any of them; the end of time when the data file cannot be
     *               read, so that its files are made again
     */
    record Sources(String label, FileTime newest) {
    }

    /** What a country's files are made from, as it is now. */
    Sources sources(String iso3) {
        List<String> entries = new ArrayList<>(shared);
        SourceFile data = countryFile(iso3);
        entries.add(data != null ? data.entry() : "countries/" + iso3 + ".json:none");
        return new Sources(DataVersion.digest(entries),
                data != null ? SourceFile.later(newest, data.modified()) : FileTime.fromMillis(Long.MAX_VALUE));
    }

    private SourceFile countryFile(String iso3) {
        try {
            return SourceFile.of(countries.resolve(iso3 + ".json"), "countries/" + iso3 + ".json");
        } catch (IOException e) {
            return null;
        }
    }

    private static SourceFile program() {
        try {
            Path code = Path.of(MadeFrom.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return SourceFile.of(code, "program");
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
