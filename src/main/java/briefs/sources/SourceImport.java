package briefs.sources;

import briefs.load.Json;
import briefs.load.ReferenceFiles;
import briefs.model.ActionPlan;
import briefs.model.BadInputException;
import briefs.model.Contribution;
import briefs.model.Country;
import briefs.model.Fatalities;
import briefs.model.FocusArea;
import briefs.model.MonthNote;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import briefs.model.Problem;
import briefs.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the UN source files in {@code data/sources/} into the data set the briefs read: one
 * {@link Country} per UN member state and per other contributor, and the reference files. It
 * reads only; {@link DataFolder} writes. The result depends on nothing but the source files and
 * the notes users wrote in the previous country files, so two imports give identical bytes.
 */
public final class SourceImport {
    static final String PERSONNEL = "un_uniformed_personnel_monthly.csv";
    static final String FATALITIES = "DPPADPOSS-FATALITIES.csv";
    static final String OPERATIONS = "DPPADPOSS-PKO.csv";
    static final String OPERATIONS_SUPPLEMENT = "operations_supplement.csv";
    static final String COUNTRIES = "countries.csv";
    static final String COUNTRY_NAMES = "country_names.csv";
    static final String PLANS = "wps_naps.csv";
    static final String FOCUS_AREAS = "wps_nap_focus_areas.csv";
    static final String PARITY = "parity_targets.csv";
    static final String FAULTS = "known_faults.csv";
    static final String SOURCES = "sources.csv";

    /** Fatality categories that are uniformed personnel; the others are civilian staff. */
    private static final Set<String> UNIFORMED = Set.of("Military", "Police", "Military Observer");

    private final Path sourcesDir;

    public SourceImport(Path sourcesDir) {
        this.sourcesDir = sourcesDir;
    }

    /** The whole imported data set, before it is written. */
    public record Result(ReferenceFiles.DataSetFile dataSet, ReferenceFiles.OperationsFile operations,
                         ReferenceFiles.ParityTargetsFile parityTargets, List<Country> countries) {
    }

    /**
     * Reads every source file.
     *
     * @param previousNotes notes users wrote in the current country files, by ISO3; they are kept
     */
    public Result read(Map<String, List<String>> previousNotes) {
        Map<String, CsvTable.Row> countryRows = countries();
        Map<String, String> namesInText = namesInText(countryRows);
        Faults faults = faults();
        Personnel personnel = personnel(countryRows, faults);
        List<Operation> operations = operations(personnel.operations);
        Map<String, List<Fatalities>> fatalities = fatalities(countryRows);
        Map<String, List<ActionPlan>> plans = plans();

        Set<String> iso3s = new TreeSet<>();
        countryRows.forEach((iso3, row) -> {
            if (isMember(row)) {
                iso3s.add(iso3);
            }
        });
        iso3s.addAll(personnel.byCountry.keySet());

        List<Country> countries = new ArrayList<>();
        for (String iso3 : iso3s) {
            CsvTable.Row row = countryRows.get(iso3);
            String name = row.required("un_m49_name");
            countries.add(new Country(iso3, row.text("iso2"), row.text("m49_code"), name,
                    namesInText.getOrDefault(iso3, name), row.text("name_official"), isMember(row),
                    emptyToNull(row.text("m49_region")), emptyToNull(row.text("m49_subregion")),
                    regionalGroup(row.text("un_regional_group_ipi")),
                    List.copyOf(personnel.names.getOrDefault(iso3, new TreeSet<>())),
                    personnel.byCountry.getOrDefault(iso3, List.of()),
                    fatalities.getOrDefault(iso3, List.of()),
                    plans.getOrDefault(iso3, List.of()),
                    previousNotes.getOrDefault(iso3, List.of())));
        }

        List<YearMonth> months = List.copyOf(personnel.months);
        YearMonth first = months.get(0);
        YearMonth last = months.get(months.size() - 1);
        List<MonthNote> missing = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (!personnel.months.contains(m)) {
                String why = faults.missing.get(m);
                missing.add(new MonthNote(m, why != null ? why : "The source has no data for this month."));
            }
        }
        List<MonthNote> withoutGender = faults.genderUnreliable.entrySet().stream()
                .map(e -> new MonthNote(e.getKey(), e.getValue())).toList();
        var dataSet = new ReferenceFiles.DataSetFile(first, last, months, missing, withoutGender,
                List.copyOf(personnel.monthsWithoutOperations), sources(personnel, last));
        return new Result(dataSet, new ReferenceFiles.OperationsFile(operations),
                new ReferenceFiles.ParityTargetsFile("Uniformed Gender Parity Strategy 2018-2028", parityTargets()),
                countries);
    }

    private CsvTable table(String name, String... columns) {
        Path path = sourcesDir.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(new Problem(path.toString(), "", "source file not found"));
        }
        return CsvTable.read(path, Arrays.asList(columns));
    }

    private Map<String, CsvTable.Row> countries() {
        Map<String, CsvTable.Row> byIso3 = new TreeMap<>();
        for (CsvTable.Row row : table(COUNTRIES, "iso3", "iso2", "m49_code", "un_m49_name", "name_official",
                "un_member", "m49_region", "m49_subregion", "un_regional_group_ipi").rows()) {
            String iso3 = row.required("iso3");
            // The code names a file: it must never be a path ("../x") or a name the file system reserves.
            if (!iso3.matches("[A-Z]{3}")) {
                throw row.bad("iso3", "is not an ISO 3166 alpha-3 code (three capital letters): \"" + iso3 + "\"");
            }
            byIso3.put(iso3, row);
        }
        return byIso3;
    }

    /**
     * The names that a sentence writes otherwise than the UN's list, by ISO3 (written by hand:
     * "the Niger", "the Islamic Republic of Iran"); every other country's list name reads as it is.
     */
    private Map<String, String> namesInText(Map<String, CsvTable.Row> countryRows) {
        Map<String, String> byIso3 = new TreeMap<>();
        for (CsvTable.Row row : table(COUNTRY_NAMES, "iso3", "in_text").rows()) {
            String iso3 = row.required("iso3");
            if (!countryRows.containsKey(iso3)) {
                throw row.bad("iso3", "is not a country of " + COUNTRIES + ": \"" + iso3 + "\"");
            }
            if (byIso3.put(iso3, row.required("in_text")) != null) {
                throw row.bad("iso3", "is listed twice: \"" + iso3 + "\"");
            }
        }
        return byIso3;
    }

    /**
     * countries.csv marks the Holy See as a member (a known fault of its source, see SOURCES.md):
     * it is an observer State, as is Palestine.
     */
    private static boolean isMember(CsvTable.Row row) {
        return "1".equals(row.text("un_member")) && !"VAT".equals(row.text("iso3"));
    }

    private static String regionalGroup(String ipiValue) {
        return switch (ipiValue) {
            case "AG", "APG", "EEG", "GRULAC", "WEOG" -> ipiValue;
            case "WEOG Observer" -> "WEOG";
            default -> null;
        };
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private record Faults(Map<YearMonth, String> missing, Map<YearMonth, String> genderUnreliable) {
    }

    private Faults faults() {
        Map<YearMonth, String> missing = new TreeMap<>();
        Map<YearMonth, String> gender = new TreeMap<>();
        for (CsvTable.Row row : table(FAULTS, "month", "fault", "note").rows()) {
            YearMonth month = yearMonth(row, "month");
            switch (row.required("fault")) {
                case "missing" -> missing.put(month, row.required("note"));
                case "gender-unreliable" -> gender.put(month, row.required("note"));
                default -> throw row.bad("fault", "is not one of: missing, gender-unreliable");
            }
        }
        return new Faults(missing, gender);
    }

    private static YearMonth yearMonth(CsvTable.Row row, String column) {
        try {
            return YearMonth.parse(row.required(column));
        } catch (DateTimeParseException e) {
            throw row.bad(column, "is not a month in the form YYYY-MM: \"" + row.text(column) + "\"");
        }
    }

    private static LocalDate date(CsvTable.Row row, String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.bad(column, "is not a date in the form YYYY-MM-DD: \"" + text + "\"");
        }
    }

    /** The monthly personnel data, grouped by country and month. */
    private static final class Personnel {
        final Map<String, List<MonthlyDeployment>> byCountry = new TreeMap<>();
        final Map<String, Set<String>> names = new HashMap<>();
        final Set<YearMonth> months = new TreeSet<>();
        final Set<YearMonth> monthsWithoutOperations = new TreeSet<>();
        final Set<String> operations = new TreeSet<>();
    }

    private Personnel personnel(Map<String, CsvTable.Row> countries, Faults faults) {
        CsvTable table = table(PERSONNEL, "date", "mission", "country", "iso3", "personnel_type", "male", "female", "total");
        Personnel result = new Personnel();
        // iso3 -> month -> contributions, in source order
        Map<String, Map<YearMonth, List<Contribution>>> grouped = new TreeMap<>();
        Map<YearMonth, Boolean> monthHasOperations = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            LocalDate date = date(row, "date");
            if (date == null) {
                throw row.bad("date", "is empty");
            }
            if (!date.equals(date.withDayOfMonth(date.lengthOfMonth()))) {
                throw row.bad("date", "is not the last day of a month: " + date);
            }
            YearMonth month = YearMonth.from(date);
            String iso3 = row.required("iso3");
            if (!countries.containsKey(iso3)) {
                throw row.bad("iso3", "is not a country code in " + COUNTRIES + ": " + iso3);
            }
            String typeLabel = row.required("personnel_type");
            PersonnelType type = PersonnelType.fromSourceLabel(typeLabel).orElseThrow(() -> row.bad("personnel_type",
                    "is not a known personnel type: \"" + typeLabel + "\""));
            int men = row.count("male");
            int women = row.count("female");
            int total = row.count("total");
            if (men + women != total) {
                throw row.bad("total", "is " + total + " but male + female is " + (men + women));
            }
            String mission = emptyToNull(row.text("mission"));
            Boolean before = monthHasOperations.putIfAbsent(month, mission != null);
            if (before != null && before != (mission != null)) {
                throw row.bad("mission", "mixes rows with and without an operation in " + month);
            }
            if (mission != null) {
                result.operations.add(mission);
            }
            boolean genderKnown = !faults.genderUnreliable.containsKey(month);
            grouped.computeIfAbsent(iso3, k -> new TreeMap<>()).computeIfAbsent(month, k -> new ArrayList<>())
                    .add(new Contribution(mission, type, genderKnown ? men : null, genderKnown ? women : null, total));
            result.names.computeIfAbsent(iso3, k -> new TreeSet<>()).add(row.required("country"));
            result.months.add(month);
        }
        monthHasOperations.forEach((month, has) -> {
            if (!has) {
                result.monthsWithoutOperations.add(month);
            }
        });
        Comparator<Contribution> order = Comparator
                .comparing((Contribution c) -> c.operation() == null ? "" : c.operation())
                .thenComparing(Contribution::type);
        grouped.forEach((iso3, months) -> {
            List<MonthlyDeployment> list = new ArrayList<>();
            months.forEach((month, rows) -> {
                rows.sort(order);
                boolean genderKnown = !faults.genderUnreliable.containsKey(month);
                int total = rows.stream().mapToInt(Contribution::total).sum();
                Integer women = genderKnown ? rows.stream().mapToInt(Contribution::women).sum() : null;
                list.add(new MonthlyDeployment(month, total, women, genderKnown, monthHasOperations.get(month), rows));
            });
            result.byCountry.put(iso3, list);
        });
        return result;
    }

    private List<Operation> operations(Set<String> acronymsInData) {
        Map<String, CsvTable.Row> pko = new HashMap<>();
        for (CsvTable.Row row : table(OPERATIONS, "mission_acronym", "mission_name", "start_date", "end_date").rows()) {
            pko.put(row.required("mission_acronym"), row);
        }
        Map<String, CsvTable.Row> supplement = new LinkedHashMap<>();
        for (CsvTable.Row row : table(OPERATIONS_SUPPLEMENT, "acronym", "name", "kind", "location", "host_iso3",
                "end_date", "note").rows()) {
            supplement.put(row.required("acronym"), row);
        }
        List<Operation> result = new ArrayList<>();
        for (String acronym : acronymsInData) {
            CsvTable.Row extra = supplement.get(acronym);
            if (extra == null) {
                throw new BadInputException(new Problem(OPERATIONS_SUPPLEMENT, "",
                        "operation " + acronym + " appears in " + PERSONNEL + " but has no row here (add its name, kind and location)"));
            }
            CsvTable.Row listed = pko.get(acronym);
            String name = !extra.text("name").isEmpty() ? extra.text("name")
                    : listed != null ? listed.required("mission_name") : null;
            if (name == null) {
                throw extra.bad("name", "is empty and " + acronym + " is not in " + OPERATIONS);
            }
            LocalDate start = listed == null ? null : date(listed, "start_date");
            LocalDate end = date(extra, "end_date");
            if (end == null && listed != null) {
                end = date(listed, "end_date");
            }
            String source = listed != null ? "DPPADPOSS-PKO; " + OPERATIONS_SUPPLEMENT : OPERATIONS_SUPPLEMENT;
            result.add(new Operation(acronym, name, extra.required("kind"), extra.required("location"),
                    emptyToNull(extra.text("host_iso3")), start, end, source));
        }
        return result;
    }

    /**
     * A few rows of the fatalities file have a nationality but no code ("Côte dIvoire" 29 times,
     * "Türkiye" 6 times): those are matched by name, ignoring case, accents and punctuation.
     */
    private static Map<String, String> iso3ByName(Map<String, CsvTable.Row> countries) {
        Map<String, String> byName = new HashMap<>();
        countries.forEach((iso3, row) -> {
            for (String column : List.of("un_m49_name", "name_common", "name_official")) {
                String name = row.text(column);
                if (!name.isEmpty()) {
                    byName.putIfAbsent(nameKey(name), iso3);
                }
            }
        });
        return byName;
    }

    static String nameKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private Map<String, List<Fatalities>> fatalities(Map<String, CsvTable.Row> countries) {
        record Key(String iso3, int year, int month, String operation, String category, String incident) {
        }
        Map<String, String> byName = iso3ByName(countries);
        Map<Key, int[]> counts = new HashMap<>();
        for (CsvTable.Row row : table(FATALITIES, "incident_date", "mission_acronym", "gender",
                "casualty_personnel_type", "type_of_incident", "casualty_nationality", "isocode3").rows()) {
            String iso3 = row.text("isocode3");
            String nationality = row.text("casualty_nationality");
            if (iso3.isEmpty() && !nationality.isEmpty() && !nationality.startsWith("ZZ")) {
                iso3 = byName.get(nameKey(nationality));
                if (iso3 == null) {
                    throw row.bad("casualty_nationality", "names no country of " + COUNTRIES + " and has no isocode3: \""
                            + nationality + "\"");
                }
            }
            if (iso3.isEmpty()) {
                continue; // nationality undetermined ("ZZ [Undetermined]" or blank): belongs to no country
            }
            LocalDate date = date(row, "incident_date");
            if (date == null) {
                throw row.bad("incident_date", "is empty");
            }
            Key key = new Key(iso3, date.getYear(), date.getMonthValue(), row.required("mission_acronym"),
                    row.required("casualty_personnel_type"), row.required("type_of_incident"));
            int[] c = counts.computeIfAbsent(key, k -> new int[3]);
            switch (row.text("gender")) {
                case "M" -> c[0]++;
                case "F" -> c[1]++;
                case "" -> c[2]++;
                default -> throw row.bad("gender", "is not M, F or empty: \"" + row.text("gender") + "\"");
            }
        }
        Map<String, List<Fatalities>> result = new TreeMap<>();
        counts.forEach((k, c) -> result.computeIfAbsent(k.iso3, x -> new ArrayList<>()).add(new Fatalities(k.year,
                k.month, k.operation, k.category, UNIFORMED.contains(k.category), k.incident, c[0], c[1], c[2], c[0] + c[1] + c[2])));
        Comparator<Fatalities> order = Comparator.comparingInt(Fatalities::year).thenComparingInt(Fatalities::month).thenComparing(Fatalities::operation)
                .thenComparing(Fatalities::personnelCategory).thenComparing(Fatalities::incidentType);
        result.values().forEach(list -> list.sort(order));
        return result;
    }

    private Map<String, List<ActionPlan>> plans() {
        Map<String, List<FocusArea>> areas = new HashMap<>();
        for (CsvTable.Row row : table(FOCUS_AREAS, "iso3", "nap_start_year", "area_number", "area_title", "source_url").rows()) {
            areas.computeIfAbsent(row.required("iso3") + "/" + row.count("nap_start_year"), k -> new ArrayList<>())
                    .add(new FocusArea(row.count("area_number"), row.required("area_title"), emptyToNull(row.text("source_url"))));
        }
        areas.values().forEach(list -> list.sort(Comparator.comparingInt(FocusArea::number)));
        Map<String, List<ActionPlan>> result = new TreeMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (CsvTable.Row row : table(PLANS, "iso3", "nap_number", "start_year", "end_year", "title", "source_url",
                "source_note", "kind").rows()) {
            String iso3 = row.required("iso3");
            String kind = row.required("kind");
            if (!kind.equals(ActionPlan.NATIONAL_ACTION_PLAN) && !kind.equals(ActionPlan.STRATEGY)) {
                throw row.bad("kind", "is \"" + kind + "\"; expected " + ActionPlan.NATIONAL_ACTION_PLAN + " or " + ActionPlan.STRATEGY);
            }
            Integer start = row.optionalInt("start_year");
            Integer end = row.optionalInt("end_year");
            if (end != null && start != null && end < start) {
                throw row.bad("end_year", "is before start_year: " + end + " < " + start);
            }
            String key = iso3 + "/" + start;
            used.add(key);
            result.computeIfAbsent(iso3, k -> new ArrayList<>()).add(new ActionPlan(row.optionalInt("nap_number"),
                    start, end, row.required("title"), emptyToNull(row.text("source_url")),
                    emptyToNull(row.text("source_note")), areas.getOrDefault(key, List.of()), kind));
        }
        for (String key : areas.keySet()) {
            if (!used.contains(key)) {
                throw new BadInputException(new Problem(FOCUS_AREAS, "", "focus areas for " + key.replace("/", " plan of ")
                        + " match no plan in " + PLANS + " (iso3 and nap_start_year must match a plan's iso3 and start_year)"));
            }
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(ActionPlan::startYear,
                        Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparing(p -> p.number() == null ? 0 : p.number())));
        return result;
    }

    private List<ParityTarget> parityTargets() {
        List<ParityTarget> result = new ArrayList<>();
        for (CsvTable.Row row : table(PARITY, "category", "personnel_types", "year", "share", "source").rows()) {
            List<PersonnelType> types = new ArrayList<>();
            for (String label : row.required("personnel_types").split(";")) {
                types.add(PersonnelType.fromLabel(label.strip()).orElseThrow(() -> row.bad("personnel_types",
                        "names an unknown personnel type: \"" + label.strip() + "\"")));
            }
            double share;
            try {
                share = Double.parseDouble(row.required("share"));
            } catch (NumberFormatException e) {
                throw row.bad("share", "is not a number: \"" + row.text("share") + "\"");
            }
            if (share <= 0 || share > 1) {
                throw row.bad("share", "must be a fraction between 0 and 1, e.g. 0.15 for 15%");
            }
            result.add(new ParityTarget(row.required("category"), types, row.count("year"), share, row.required("source")));
        }
        result.sort(Comparator.comparing((ParityTarget t) -> t.appliesTo().get(0)).thenComparingInt(ParityTarget::year));
        return result;
    }

    private List<Source> sources(Personnel personnel, YearMonth last) {
        Map<String, String> asOf = new HashMap<>();
        asOf.put("personnel", last.atEndOfMonth().toString());
        asOf.put("fatalities", lastUpdate(FATALITIES));
        asOf.put("operations", lastUpdate(OPERATIONS));
        List<Source> result = new ArrayList<>();
        for (CsvTable.Row row : table(SOURCES, "id", "title", "publisher", "url", "note").rows()) {
            String id = row.required("id");
            result.add(new Source(id, row.required("title"), row.required("publisher"), emptyToNull(row.text("url")),
                    asOf.get(id), emptyToNull(row.text("note"))));
        }
        return result;
    }

    private String lastUpdate(String file) {
        return table(file, "last_update").rows().stream().map(r -> r.text("last_update")).filter(s -> !s.isEmpty())
                .max(Comparator.naturalOrder()).orElse(null);
    }

    static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(key.apply(t), t));
        return map;
    }
}
