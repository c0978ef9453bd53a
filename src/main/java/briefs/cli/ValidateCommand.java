package briefs.cli;

import briefs.load.DataDirectory;
import briefs.model.Problem;
import briefs.validate.Validation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code briefs validate}: every problem of every country file, against the schema and the rules. */
@Command(name = "validate",
        description = {"Check country files against the JSON Schema and the rules a schema cannot",
                "express (women at most the total, totals equal to their parts, known months,",
                "types and operations, the file named after the country). Every problem is listed."})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Country files to check (default: every file in the data folder's countries/).")
    List<Path> files;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path dataDir = options.dataDir();
        Validation validation = new Validation(DataDirectory.loadReference(dataDir));
        List<Path> toCheck = files != null && !files.isEmpty() ? files
                : DataDirectory.countryFiles(dataDir.resolve(DataDirectory.COUNTRIES));
        List<List<Problem>> results = toCheck.parallelStream().map(validation::checkFile).toList();
        long bad = results.stream().filter(r -> !r.isEmpty()).count();
        results.forEach(r -> r.forEach(p -> System.err.println(p)));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (bad > 0) {
            long problems = results.stream().mapToLong(List::size).sum();
            System.err.printf("%d of %d files have problems (%d in all); checked in %d ms%n", bad, toCheck.size(), problems, ms);
            return ExitCodes.BAD_INPUT;
        }
        System.out.printf("%d country files valid (schema and rules), checked in %d ms%n", toCheck.size(), ms);
        return ExitCodes.DONE;
    }
}
