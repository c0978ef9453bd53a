package briefs.safety;

import briefs.files.TreeCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A throw-away briefs home for one test: {@code data/} with the bundled reference files and a
 * few bundled countries, an {@code out/} folder that does not exist yet, and on request copies
 * of the bundled templates and sources to spoil.
 */
final class Workspace {
    static final Path BUNDLED_DATA = Path.of("data");
    static final Path BUNDLED_TEMPLATES = Path.of("templates");
    /** Norway (many months, a plan), Sweden, Iceland (no personnel) and Côte d’Ivoire (accents). */
    static final List<String> COUNTRIES = List.of("NOR", "SWE", "ISL", "CIV");

    final Path root;
    final Path data;
    final Path out;

    Workspace(Path root) {
        this.root = root;
        this.data = root.resolve("data");
        this.out = root.resolve("out");
        try {
            TreeCopy.copy(BUNDLED_DATA.resolve("reference"), data.resolve("reference"));
            Files.createDirectories(data.resolve("countries"));
            for (String iso3 : COUNTRIES) {
                Files.copy(BUNDLED_DATA.resolve("countries/" + iso3 + ".json"), countryFile(iso3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path countryFile(String iso3) {
        return data.resolve("countries").resolve(iso3 + ".json");
    }

    static String bundledCountry(String iso3) {
        try {
            return Files.readString(BUNDLED_DATA.resolve("countries/" + iso3 + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeCountry(String iso3, String json) throws IOException {
        Files.writeString(countryFile(iso3), json, StandardCharsets.UTF_8);
    }

    /** A copy of the bundled templates, for a test to spoil. */
    Path templates() throws IOException {
        Path dir = root.resolve("templates");
        if (!Files.exists(dir)) {
            TreeCopy.copy(BUNDLED_TEMPLATES, dir);
        }
        return dir;
    }

    /** A copy of the bundled source files, for a test to spoil. */
    Path sources() throws IOException {
        Path dir = root.resolve("sources");
        if (!Files.exists(dir)) {
            TreeCopy.copy(BUNDLED_DATA.resolve("sources"), dir);
        }
        return dir;
    }

    /** Every regular file under a folder with its bytes' hash, to show a folder was left as it was. */
    static Map<String, Integer> snapshot(Path dir) throws IOException {
        Map<String, Integer> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".briefs.lock")).toList()) {
                files.put(dir.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** The files under a folder (none when it does not exist). */
    static List<String> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            // The folder's lock file stays: a run waiting for it must find the same file.
            return walk.filter(p -> !p.equals(dir) && !p.getFileName().toString().equals(".briefs.lock"))
                    .map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
