package briefs.cli;

import briefs.produce.Folders;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The folders every command shares. A command declares {@code @Mixin CommonOptions options;} and
 * calls {@link #dataDir()}, {@link #templatesDir()} or {@link #outDir()}.
 *
 * <p>Defaults are folders of the briefs home: the system property {@code briefs.home}, which the
 * {@code ./briefs} launcher sets to the repository root so the command works from any directory;
 * without it, the current directory. They are resolved here rather than in {@code defaultValue} so
 * the help text does not print a path of the machine it runs on.
 */
public final class CommonOptions {
    /** Names the system property that holds the briefs home. */
    public static final String HOME_PROPERTY = "briefs.home";
    /**
     * Names the system property of the folder where a run keeps what the next may reuse: the
     * launcher sets it to its build folder. Without it nothing is kept.
     */
    public static final String KEPT_PROPERTY = "briefs.kept";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder: countries/ and reference/ (default: data/ in the briefs home).")
    private Path data;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates folder (default: templates/ in the briefs home).")
    private Path templates;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: output/ in the briefs home).")
    private Path out;

    public Path dataDir() {
        return data != null ? data : home().resolve("data");
    }

    public Path templatesDir() {
        return templates != null ? templates : home().resolve("templates");
    }

    public Path outDir() {
        return out != null ? out : home().resolve("output");
    }

    /** The folders, for the production core. */
    public Folders folders() {
        String kept = System.getProperty(KEPT_PROPERTY);
        return new Folders(dataDir(), templatesDir(), outDir(), kept == null || kept.isBlank() ? null : Path.of(kept));
    }

    /** The briefs home: {@code -Dbriefs.home}, or the current directory when it is not set. */
    public static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        Path path = home == null || home.isBlank() ? Path.of("") : Path.of(home);
        return path.toAbsolutePath().normalize();
    }
}
