package briefs.sources;

import briefs.files.FileTree;
import briefs.load.DataDirectory;
import briefs.load.Json;
import briefs.load.ReferenceFiles;
import briefs.load.StandingsIndex;
import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.Problem;
import briefs.validate.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Writes an imported data set into a data folder without ever leaving it half-written: the new
 * files go to a staging folder beside the old ones, every file is validated there, and only then
 * are {@code countries/} and {@code reference/} swapped in. The notes users wrote in the old
 * country files are read first and carried over.
 */
public final class DataFolder {
    private final Path dataDir;

    public DataFolder(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** What an import wrote. */
    public record Written(int countries, long bytes, int notesKept) {
    }

    /** The notes of every current country file, by ISO3; a file whose notes cannot be read stops the import. */
    public Map<String, List<String>> notes() {
        Map<String, List<String>> notes = new TreeMap<>();
        Path dir = dataDir.resolve(DataDirectory.COUNTRIES);
        if (!Files.isDirectory(dir)) {
            return notes;
        }
        for (Path file : DataDirectory.countryFiles(dir)) {
            String iso3 = file.getFileName().toString().replaceFirst("\\.json$", "");
            try {
                JsonNode tree = Json.mapper().readTree(DataDirectory.bytes(file));
                JsonNode list = tree == null ? null : tree.get("notes");
                if (list != null && list.isArray() && !list.isEmpty()) {
                    List<String> kept = new ArrayList<>();
                    list.forEach(n -> kept.add(n.asString()));
                    notes.put(iso3, kept);
                }
            } catch (JacksonException e) {
                Problem p = DataDirectory.problem(file.toString(), e);
                throw new BadInputException(new Problem(p.file(), p.location(), p.message()
                        + " (import keeps the notes of every country file: fix this file or remove it, then import again)"), e);
            }
        }
        return notes;
    }

    public Written write(SourceImport.Result result) {
        try {
            Files.createDirectories(dataDir);
            Path staging = Files.createTempDirectory(dataDir, ".import-");
            try {
                long bytes = stage(result, staging);
                checkStaged(staging);
                swap(staging, DataDirectory.REFERENCE);
                swap(staging, DataDirectory.COUNTRIES);
                int notes = (int) result.countries().stream().filter(c -> !c.notes().isEmpty()).count();
                return new Written(result.countries().size(), bytes, notes);
            } finally {
                FileTree.delete(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static long stage(SourceImport.Result result, Path staging) throws IOException {
        Path ref = Files.createDirectories(staging.resolve(DataDirectory.REFERENCE));
        Path countries = Files.createDirectories(staging.resolve(DataDirectory.COUNTRIES));
        long bytes = 0;
        bytes += writeJson(ref.resolve(ReferenceFiles.DATASET), result.dataSet());
        bytes += writeJson(ref.resolve(ReferenceFiles.OPERATIONS), result.operations());
        bytes += writeJson(ref.resolve(ReferenceFiles.PARITY_TARGETS), result.parityTargets());
        Map<String, byte[]> files = new HashMap<>();
        for (Country c : result.countries()) {
            byte[] json = Json.bytes(c);
            Files.write(countries.resolve(c.iso3() + ".json"), json);
            files.put(c.iso3(), json);
            bytes += json.length;
        }
        // Lets a single brief read one country file instead of all (see StandingsIndex).
        bytes += writeJson(ref.resolve(StandingsIndex.FILE), StandingsIndex.of(result.countries(), files));
        return bytes;
    }

    private static long writeJson(Path file, Object value) throws IOException {
        byte[] bytes = Json.bytes(value);
        Files.write(file, bytes);
        return bytes.length;
    }

    /** Every staged file must pass the same checks as {@code briefs validate}. */
    private static void checkStaged(Path staging) {
        Validation validation = new Validation(DataDirectory.loadReference(staging));
        List<Problem> problems = DataDirectory.countryFiles(staging.resolve(DataDirectory.COUNTRIES)).parallelStream()
                .flatMap(f -> validation.checkFile(f).stream()).toList();
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
    }

    /** Replaces {@code dataDir/name} with {@code staging/name}, keeping the old one until the new one is in place. */
    private void swap(Path staging, String name) throws IOException {
        Path target = dataDir.resolve(name);
        Path fresh = staging.resolve(name);
        Path old = staging.resolve(name + ".old");
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(old)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
    }
}
