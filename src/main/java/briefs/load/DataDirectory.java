package briefs.load;

import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Iso3;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a data folder: {@code reference/*.json} and {@code countries/<ISO3>.json}. A reference
 * file that cannot be read stops everything; a country file that cannot be read is set aside
 * with its problem, so that one broken country never stops the others.
 */
public final class DataDirectory {
    public static final String COUNTRIES = "countries";
    public static final String REFERENCE = "reference";
    /** Checked before parsing: the largest country file is well under 1 MB. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    /** The code names output files too, so it is three capital letters and nothing else: never a path. */

    private DataDirectory() {
    }

    public static LoadedData load(Path dataDir) {
        return load(dataDir, ParsedDataFiles.none());
    }

    /**
     * Reads a data folder, taking the records of the country files that have not changed since a
     * run parsed them from {@code kept} (see {@link ParsedDataFiles}), and keeping there what the
     * others parse to, for {@link ParsedDataFiles#save} to write once the rules have run.
     */
    public static LoadedData load(Path dataDir, ParsedDataFiles kept) {
        DataSet dataSet = loadReference(dataDir, kept);
        Path countriesDir = dataDir.resolve(COUNTRIES);
        List<Path> files = countryFiles(countriesDir);
        Map<Path, Object> results = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> {
            try {
                results.put(file, readCountry(file, kept));
            } catch (BadInputException e) {
                results.put(file, e.problems());
            }
        });
        List<Country> countries = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        Set<String> screened = new HashSet<>();
        for (Path file : files) {
            Object result = results.get(file);
            if (result instanceof Country c) {
                countries.add(c);
                if (kept.screened(file.getFileName().toString())) {
                    screened.add(c.iso3());
                }
            } else {
                @SuppressWarnings("unchecked")
                List<Problem> problems = (List<Problem>) result;
                rejected.addAll(problems);
            }
        }
        // The index a single brief reads instead of every file, kept for it (parsed once, when it changed).
        StandingsIndex.keep(dataDir, kept);
        return new LoadedData(dataSet, countries, rejected, screened);
    }

    /**
     * The files of a few countries ({@code iso3}, each a file of the folder), read as {@link #load}
     * reads them, with the reference files' {@code dataSet}; a file that cannot be read is thrown.
     */
    public static LoadedData loadCountries(Path dataDir, DataSet dataSet, List<String> iso3, ParsedDataFiles kept) {
        List<Country> countries = new ArrayList<>();
        Set<String> screened = new HashSet<>();
        for (String code : iso3) {
            String name = code + ".json";
            Country c = readCountry(dataDir.resolve(COUNTRIES).resolve(name), kept);
            countries.add(c);
            if (kept.screened(name)) {
                screened.add(c.iso3());
            }
        }
        return new LoadedData(dataSet, countries, List.of(), screened);
    }

    public static DataSet loadReference(Path dataDir) {
        return loadReference(dataDir, ParsedDataFiles.none());
    }

    /**
     * The reference files' data set, taken from {@code kept} when the three files have the bytes it
     * was parsed from, else parsed (and kept there).
     */
    public static DataSet loadReference(Path dataDir, ParsedDataFiles kept) {
        Path ref = dataDir.resolve(REFERENCE);
        Path dataSetFile = ref.resolve(ReferenceFiles.DATASET);
        Path operationsFile = ref.resolve(ReferenceFiles.OPERATIONS);
        Path targetsFile = ref.resolve(ReferenceFiles.PARITY_TARGETS);
        byte[] dataSetBytes = bytes(dataSetFile);
        byte[] operationsBytes = bytes(operationsFile);
        byte[] targetsBytes = bytes(targetsFile);
        long size = (long) dataSetBytes.length + operationsBytes.length + targetsBytes.length;
        int crc = ParsedDataFiles.crc(dataSetBytes, operationsBytes, targetsBytes);
        DataSet taken = kept.dataSet(size, crc);
        if (taken != null) {
            return taken;
        }
        var dataSet = read(dataSetFile, dataSetBytes, ReferenceFiles.DataSetFile.class);
        var operations = read(operationsFile, operationsBytes, ReferenceFiles.OperationsFile.class);
        var targets = read(targetsFile, targetsBytes, ReferenceFiles.ParityTargetsFile.class);
        DataSet parsed = new DataSet(dataSet.first(), dataSet.last(), dataSet.months(), dataSet.missingMonths(),
                dataSet.monthsWithoutGender(), dataSet.monthsWithoutOperations(), dataSet.sources(),
                operations.operations(), targets.targets());
        kept.parsed(size, crc, parsed);
        return parsed;
    }

    /** The country files of a folder, sorted by name; files that are not {@code *.json} are ignored. */
    public static List<Path> countryFiles(Path countriesDir) {
        if (!Files.isDirectory(countriesDir)) {
            throw new BadInputException(new Problem(countriesDir.toString(), "", "not a folder of country files"
                    + " (run `briefs import` to create it, or give --data the folder that holds countries/ and reference/)"));
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(countriesDir, "*.json")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            throw new BadInputException(new Problem(countriesDir.toString(), "", "cannot be listed: " + e.getMessage()), e);
        }
        files.sort(null);
        return files;
    }

    /** Reads one country file; its name must be the country's ISO3 code. */
    public static Country readCountry(Path file) {
        return readCountry(file, ParsedDataFiles.none());
    }

    /**
     * Reads one country file, taking its records from {@code kept} when they were parsed from these
     * very bytes (see {@link #load(Path, ParsedDataFiles)}), else parsing it (and keeping it there).
     */
    public static Country readCountry(Path file, ParsedDataFiles kept) {
        String name = file.getFileName().toString();
        byte[] bytes = bytes(file);
        if (!kept.inUse()) {
            return parsedCountry(file, bytes);
        }
        int crc = ParsedDataFiles.crc(bytes);
        Country country = kept.country(name, bytes, crc);
        if (country == null) {
            country = parsedCountry(file, bytes);
            kept.parsed(name, bytes, crc, country);
        }
        return country;
    }

    private static Country parsedCountry(Path file, byte[] bytes) {
        Country country = read(file, bytes, Country.class);
        String name = file.getFileName().toString();
        if (!name.endsWith(".json") || !Iso3.isValid(name.substring(0, name.length() - ".json".length()))) {
            throw new BadInputException(new Problem(file.toString(), "", "a country file is named <ISO3>.json, its ISO 3166 alpha-3 code in capitals (NOR.json)"));
        }
        String expected = name.substring(0, name.length() - ".json".length());
        if (country.iso3() == null || !country.iso3().equals(expected)) {
            throw new BadInputException(new Problem(file.toString(), "$.iso3", "is \"" + country.iso3()
                    + "\" but the file is named " + name + " (a country file is named after its ISO3 code)"));
        }
        return country;
    }

    /** Reads and maps one JSON file, turning every failure into a problem with its location. */
    public static <T> T read(Path file, Class<T> type) {
        return read(file, bytes(file), type);
    }

    private static <T> T read(Path file, byte[] bytes, Class<T> type) {
        try {
            T value = Json.mapper().readValue(bytes, type);
            if (value == null) {
                throw new BadInputException(new Problem(file.toString(), "line 1, column 1", "is null; expected a JSON object"));
            }
            return value;
        } catch (JacksonException e) {
            throw new BadInputException(problem(file.toString(), e, bytes), e);
        }
    }

    /** The bytes of a file no larger than {@link #MAX_FILE_BYTES}, without a UTF-8 byte-order mark. */
    public static byte[] bytes(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new BadInputException(new Problem(name, "", "is " + size + " bytes; the limit is " + MAX_FILE_BYTES
                        + " bytes (is it the right file?)"));
            }
            if (size == 0) {
                throw new BadInputException(new Problem(name, "line 1, column 1", "is empty; expected a JSON object"));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                return Arrays.copyOfRange(bytes, 3, bytes.length);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadInputException(new Problem(name, "", "not found"), e);
        } catch (IOException e) {
            throw new BadInputException(new Problem(name, "", "cannot be read: " + e.getMessage()), e);
        }
    }

    /** Says where a Jackson failure is: line and column for syntax, the JSON path for content. */
    public static Problem problem(String file, JacksonException e) {
        return problem(file, e, null);
    }

    /**
     * Says where a Jackson failure is and what is wrong, in a reader's words rather than the
     * library's; {@code content}, when given, locates failures that Jackson reports without a line.
     */
    public static Problem problem(String file, JacksonException e, byte[] content) {
        if (e instanceof StreamConstraintsException) {
            return JsonFaults.limit(file, e, content);
        }
        String message = e.getOriginalMessage();
        if (e instanceof InvalidFormatException bad && bad.getTargetType() != null
                && bad.getTargetType().getName().startsWith("java.time.")) {
            // Jackson's own text names parser internals; say what a month or date looks like instead.
            message = "\"" + bad.getValue() + "\" is not a valid " + (bad.getTargetType() == YearMonth.class
                    ? "month; expected YYYY-MM" : "date; expected YYYY-MM-DD");
        }
        TokenStreamLocation loc = e.getLocation();
        // Mapping a tree that was already parsed (validate) has no line: the JSON path then says where.
        boolean hasLine = loc != null && loc.getLineNr() > 0;
        if (e instanceof InputCoercionException) {
            // A number too large for a count is well-formed JSON: say what is wrong with the value.
            String where = !e.getPath().isEmpty() ? jsonPath(e.getPath())
                    : hasLine ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "";
            return new Problem(file, where, JsonFaults.plain(firstLine(message)));
        }
        if ((e instanceof StreamReadException || e.getPath().isEmpty()) && (hasLine || e.getPath().isEmpty())) {
            String where = hasLine ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "";
            return new Problem(file, where, (e instanceof StreamReadException ? "not valid JSON: " : "")
                    + JsonFaults.plain(firstLine(message)));
        }
        return new Problem(file, jsonPath(e.getPath()), JsonFaults.plain(firstLine(message)));
    }

    static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder("$");
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                sb.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Jackson names our Java types; users know the file, not the classes behind it.
        return line.replaceAll("`?briefs\\.model\\.([A-Za-z]+)`?", "$1")
                .replaceAll("`?java\\.(lang|util|time)\\.([A-Za-z]+)`?", "$2")
                .replace(" (for Object starting at", " (in the object starting at")
                .replaceAll("\\s*\\(but (could|might) if coercion[^)]*\\)", "");
    }
}
