package briefs.sources;

import briefs.load.ReferenceFiles;
import briefs.model.ActionPlan;
import briefs.model.Country;
import briefs.model.Fatalities;
import briefs.model.MonthNote;
import briefs.model.Operation;
import briefs.model.RegionalGroup;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the UN source files in {@code data/sources/} into the data set the briefs read: one
 * {@link Country} per UN member state and per other contributor, and the reference files. Each
 * source file has its own reader; this class only puts their results together. It reads only;
 * {@link DataFolder} writes. The result depends on nothing but the source files and the notes
 * users wrote in the previous country files, so two imports give identical bytes.
 */
public final class SourceImport {
    static final String PERSONNEL = MonthlyPersonnel.CSV;
    static final String COUNTRIES = CountryTable.FILE;

    private final SourceFolder folder;

    public SourceImport(Path sourcesDir) {
        this.folder = new SourceFolder(sourcesDir);
    }

    /** The whole imported data set, before it is written. */
    public record Result(ReferenceFiles.DataSetFile dataSet, ReferenceFiles.OperationsFile operations,
                         ReferenceFiles.ParityTargetsFile parityTargets, List<Country> countries,
                         Map<YearMonth, UnReport> reports, List<String> notices, ReportsRead reading) {
    }

    /** A report given to {@code import --report}: where it is, and what was read from it. */
    public record NewReport(Path file, UnReport report) {
        public YearMonth month() {
            return report.month();
        }
    }

    /** Reads and checks reports before anything else is done with them; a bad one stops here. */
    public static List<NewReport> readReports(List<Path> files) {
        List<UnReport> read = MonthlyPersonnel.readReports(files);
        List<NewReport> result = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            result.add(new NewReport(files.get(i), read.get(i)));
        }
        return result;
    }

    /**
     * Reads every source file.
     *
     * @param previousNotes notes users wrote in the current country files, by ISO3; they are kept
     */
    public Result read(Map<String, List<String>> previousNotes) {
        return read(previousNotes, List.of());
    }

    /**
     * Reads every source file, with reports being imported now in place of the months they print.
     *
     * @param added reports read with {@link #readReports}; they are not yet in {@code reports/}
     */
    public Result read(Map<String, List<String>> previousNotes, List<NewReport> added) {
        CountryTable countryTable = CountryTable.read(folder);
        Map<String, String> namesInText = SentenceNames.read(folder, countryTable);
        Map<String, List<String>> languages = PreferredLanguages.read(folder, countryTable);
        KnownFaults faults = KnownFaults.read(folder);
        MonthlyPersonnel.Read personnel = MonthlyPersonnel.read(folder.dir(), countryTable, nameIndex(countryTable),
                added.stream().map(NewReport::report).toList());
        Deployments deployments = Deployments.of(personnel, faults);
        PkoList pko = PkoList.read(folder);
        List<Operation> operations = OperationsSupplement.operations(folder, pko, deployments.operations(),
                personnel.operationsSeenAt());
        FatalityTable fatalities = FatalityTable.read(folder, countryTable);
        Map<String, List<ActionPlan>> plans = ActionPlanTable.read(folder, FocusAreaTable.read(folder));

        Set<String> iso3s = new TreeSet<>(countryTable.members());
        iso3s.addAll(deployments.byCountry().keySet());
        List<Country> countries = iso3s.stream().map(iso3 -> country(iso3, countryTable, namesInText, languages, deployments,
                fatalities.byIso3(), plans, previousNotes)).toList();

        YearMonth last = deployments.months().last();
        Map<String, String> asOf = new java.util.HashMap<>(); // a file without last_update dates has none
        asOf.put("personnel", last.atEndOfMonth().toString());
        asOf.put("fatalities", fatalities.lastUpdate());
        asOf.put("operations", pko.lastUpdate());
        var dataSet = new ReferenceFiles.DataSetFile(deployments.months().first(), last, List.copyOf(deployments.months()),
                missingMonths(deployments, faults), monthsWithoutGender(deployments, faults),
                List.copyOf(deployments.monthsWithoutOperations()), SourceList.read(folder, asOf));
        return new Result(dataSet, new ReferenceFiles.OperationsFile(operations),
                new ReferenceFiles.ParityTargetsFile("Uniformed Gender Parity Strategy 2018-2028",
                        ParityTargetTable.read(folder)),
                countries, personnel.reports(), personnel.notices(), personnel.reading());
    }

    private static Country country(String iso3, CountryTable table, Map<String, String> namesInText,
                                   Map<String, List<String>> languages, Deployments deployments,
                                   Map<String, List<Fatalities>> fatalities, Map<String, List<ActionPlan>> plans,
                                   Map<String, List<String>> previousNotes) {
        CsvTable.Row row = table.row(iso3);
        String name = row.required("un_m49_name");
        return new Country(iso3, row.text("iso2"), row.text("m49_code"), name,
                namesInText.getOrDefault(iso3, name), row.text("name_official"),
                SourceFolder.emptyToNull(row.text("name_common")), table.isMember(iso3),
                SourceFolder.emptyToNull(row.text("m49_region")), SourceFolder.emptyToNull(row.text("m49_subregion")),
                RegionalGroup.codeOfSourceValue(row.text("un_regional_group_ipi")),
                languages.getOrDefault(iso3, List.of()),
                deployments.names().getOrDefault(iso3, List.of()),
                deployments.byCountry().getOrDefault(iso3, List.of()),
                fatalities.getOrDefault(iso3, List.of()),
                plans.getOrDefault(iso3, List.of()),
                previousNotes.getOrDefault(iso3, List.of()));
    }

    private static List<MonthNote> missingMonths(Deployments deployments, KnownFaults faults) {
        List<MonthNote> missing = new ArrayList<>();
        for (YearMonth m = deployments.months().first(); !m.isAfter(deployments.months().last()); m = m.plusMonths(1)) {
            if (!deployments.months().contains(m)) {
                String why = faults.missing().get(m);
                missing.add(new MonthNote(m, why != null ? why : "The source has no data for this month."));
            }
        }
        return missing;
    }

    /** The months known_faults.csv names, and any whose report's split by gender does not add up. */
    private static List<MonthNote> monthsWithoutGender(Deployments deployments, KnownFaults faults) {
        Map<YearMonth, String> notes = new TreeMap<>(faults.genderUnreliable());
        deployments.genderNotes().forEach((month, where) -> notes.putIfAbsent(month, "The split by gender printed in the"
                + " report does not add up (" + where + "); totals are kept, men and women are not used."));
        return notes.entrySet().stream().map(e -> new MonthNote(e.getKey(), e.getValue())).toList();
    }

    /** How printed country names map to ISO3 codes in these sources. */
    CountryNameIndex nameIndex() {
        return nameIndex(CountryTable.read(folder));
    }

    private CountryNameIndex nameIndex(CountryTable countries) {
        return CountryNameIndex.of(countries, folder.table(CountryNameIndex.ALIASES, "name", "iso3"));
    }
}
