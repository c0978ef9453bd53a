package briefs.load;

import briefs.model.MonthNote;
import briefs.model.Operation;
import briefs.model.ParityTarget;
import briefs.model.Source;
import java.time.YearMonth;
import java.util.List;

/** The shapes of the files in {@code data/reference/}, as written by import and read by load. */
public final class ReferenceFiles {
    public static final String DATASET = "dataset.json";
    public static final String OPERATIONS = "operations.json";
    public static final String PARITY_TARGETS = "parity-targets.json";

    private ReferenceFiles() {
    }

    /** {@code dataset.json}: which months the data covers and what each source is. */
    public record DataSetFile(YearMonth first, YearMonth last, List<YearMonth> months, List<MonthNote> missingMonths,
                              List<MonthNote> monthsWithoutGender, List<YearMonth> monthsWithoutOperations,
                              List<Source> sources) {
    }

    /** {@code operations.json}: every operation that appears in the contribution data. */
    public record OperationsFile(List<Operation> operations) {
    }

    /** {@code parity-targets.json}: the Uniformed Gender Parity Strategy targets. */
    public record ParityTargetsFile(String strategy, List<ParityTarget> targets) {
    }
}
