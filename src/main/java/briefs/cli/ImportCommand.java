package briefs.cli;

import briefs.sources.DataFolder;
import briefs.sources.SourceImport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefs import}: the UN source files to country files, validated before they replace the old ones. */
@Command(name = "import",
        description = {"Read the UN source files (data/sources/) and write one JSON file per country to",
                "data/countries/ and the reference files to data/reference/. Notes written in the",
                "country files are kept. Nothing is replaced unless every new file validates."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Folder of the source files (default: sources/ in the data folder).")
    Path sources;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path dataDir = options.dataDir();
        Path sourcesDir = sources != null ? sources : dataDir.resolve("sources");
        DataFolder folder = new DataFolder(dataDir);
        SourceImport.Result result = new SourceImport(sourcesDir).read(folder.notes());
        DataFolder.Written written = folder.write(result);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Imported %d countries, %d months (%s to %s), %d operations: %,d bytes in %d ms%s%n",
                written.countries(), result.dataSet().months().size(), result.dataSet().first(), result.dataSet().last(),
                result.operations().operations().size(), written.bytes(), ms,
                written.notesKept() > 0 ? "; kept the notes of " + written.notesKept() + " countries" : "");
        return ExitCodes.DONE;
    }
}
