package briefs.load;

import briefs.model.BadInputException;
import briefs.model.Country;
import briefs.model.MonthlyDeployment;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * {@code reference/standings.json}, written by {@code import}: every country's monthly total and
 * women, and its names. A brief needs the other countries only for its rank and the UN-wide
 * totals, so with this index it reads one country file instead of all of them (parsing the
 * 194 files is most of a cold start).
 *
 * <p>Never stale: the index records the size and CRC-32C of every country file it was made
 * from, and {@link #readIfCurrent} gives it only when the folder holds exactly those files with
 * exactly those bytes. A country file edited by hand, added or removed sends the caller back to
 * the full load, so a rank is never computed from old totals. Checking costs reading the bytes,
 * not parsing them.
 *
 * @param countries one entry per country file, in ISO3 order
 * @param months    the totals of every month of the data set, oldest first
 */
public record StandingsIndex(List<CountryEntry> countries, List<MonthTotals> months) {
    public static final String FILE = "standings.json";

    public StandingsIndex {
        countries = List.copyOf(countries);
        months = List.copyOf(months);
    }

    /**
     * A country file as the index saw it, with the codes and names a user may type for it.
     *
     * @param crc32c the CRC-32C of the file's bytes, as 8 hex digits
     */
    public record CountryEntry(String iso3, String iso2, long bytes, String crc32c, String name, String officialName,
                               String commonName, boolean unMember, List<String> sourceNames) {
        public CountryEntry {
            sourceNames = List.copyOf(sourceNames);
        }
    }

    /**
     * The countries a month's report lists, with their totals and women (a woman count is null
     * where the month's gender split is not reported), in the same order in each list.
     */
    public record MonthTotals(YearMonth month, List<String> iso3, List<Integer> total, List<Integer> women) {
        public MonthTotals {
            iso3 = List.copyOf(iso3);
            total = List.copyOf(total);
            women = Collections.unmodifiableList(new ArrayList<>(women)); // may hold nulls, which List.copyOf refuses
            if (iso3.size() != total.size() || iso3.size() != women.size()) {
                throw new IllegalArgumentException("month " + month + ": iso3, total and women differ in length");
            }
        }
    }

    /** The index of countries whose files had these bytes (by ISO3). */
    public static StandingsIndex of(List<Country> countries, Map<String, byte[]> fileBytes) {
        List<CountryEntry> entries = new ArrayList<>();
        Map<YearMonth, List<Object[]>> byMonth = new TreeMap<>();
        for (Country c : countries) {
            byte[] bytes = fileBytes.get(c.iso3());
            if (bytes == null) {
                throw new IllegalArgumentException("no file bytes for " + c.iso3());
            }
            entries.add(new CountryEntry(c.iso3(), c.iso2(), bytes.length, crc(bytes), c.name(), c.officialName(),
                    c.commonName(), c.unMember(), c.sourceNames()));
            for (MonthlyDeployment m : c.deployments()) {
                byMonth.computeIfAbsent(m.month(), k -> new ArrayList<>())
                        .add(new Object[] {c.iso3(), m.total(), m.genderReported() ? m.women() : null});
            }
        }
        entries.sort(Comparator.comparing(CountryEntry::iso3));
        List<MonthTotals> months = new ArrayList<>();
        byMonth.forEach((month, rows) -> {
            rows.sort(Comparator.comparing(r -> (String) r[0]));
            List<String> iso3 = new ArrayList<>();
            List<Integer> total = new ArrayList<>();
            List<Integer> women = new ArrayList<>();
            for (Object[] r : rows) {
                iso3.add((String) r[0]);
                total.add((Integer) r[1]);
                women.add((Integer) r[2]);
            }
            months.add(new MonthTotals(month, iso3, total, women));
        });
        return new StandingsIndex(entries, months);
    }

    /**
     * The index of a data folder when it matches the country files byte for byte; empty when it
     * is missing, unreadable, or any country file was added, removed or changed since.
     */
    public static Optional<StandingsIndex> readIfCurrent(Path dataDir) {
        return readIfCurrent(dataDir, ParsedDataFiles.none());
    }

    /**
     * The index of a data folder when it matches the country files byte for byte, taken from
     * {@code kept} when the index file has the bytes it was parsed from, else parsed (and kept there).
     */
    public static Optional<StandingsIndex> readIfCurrent(Path dataDir, ParsedDataFiles kept) {
        return read(dataDir, kept).filter(i -> i.matches(dataDir.resolve(DataDirectory.COUNTRIES)));
    }

    /**
     * Keeps the index file's records in {@code kept} for a later single brief: parsed only when
     * {@code kept} does not hold them for its present bytes. A run that reads every country file
     * does not need the index itself.
     */
    static void keep(Path dataDir, ParsedDataFiles kept) {
        Path file = dataDir.resolve(DataDirectory.REFERENCE).resolve(FILE);
        if (!kept.keeps() || !Files.isRegularFile(file)) {
            return;
        }
        try {
            byte[] bytes = DataDirectory.bytes(file);
            int crc = ParsedDataFiles.crc(bytes);
            if (!kept.holdsStandings(bytes.length, crc)) {
                StandingsIndexJson.read(bytes).ifPresent(i -> kept.parsed(bytes.length, crc, i));
            }
        } catch (BadInputException e) {
            // an unreadable index is not kept: a single brief then reads every file
        }
    }

    /** The index file as it is, current or not; empty when it is missing or not an index. */
    static Optional<StandingsIndex> read(Path dataDir, ParsedDataFiles kept) {
        Path file = dataDir.resolve(DataDirectory.REFERENCE).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = DataDirectory.bytes(file);
        } catch (BadInputException e) {
            return Optional.empty(); // an unreadable index only costs the fast path
        }
        int crc = ParsedDataFiles.crc(bytes);
        StandingsIndex taken = kept.standings(bytes.length, crc);
        if (taken != null) {
            return Optional.of(taken);
        }
        Optional<StandingsIndex> index = StandingsIndexJson.read(bytes);
        index.ifPresent(i -> kept.parsed(bytes.length, crc, i));
        return index;
    }

    /** True when the folder holds exactly the files of the index, each with the recorded size and checksum. */
    boolean matches(Path countriesDir) {
        List<Path> files;
        try {
            files = DataDirectory.countryFiles(countriesDir);
        } catch (BadInputException e) {
            return false;
        }
        if (files.size() != countries.size()) {
            return false;
        }
        Map<String, CountryEntry> byFile = new HashMap<>();
        countries.forEach(c -> byFile.put(c.iso3() + ".json", c));
        // One buffer for every file, outside the heap: the checksum is computed where the bytes
        // land, and the 14 MB of country files make no garbage (0.08 s became 0.03 s on a cold run).
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        CRC32C crc = new CRC32C();
        for (Path f : files) {
            CountryEntry entry = byFile.get(f.getFileName().toString());
            if (entry == null) {
                return false;
            }
            try (FileChannel in = FileChannel.open(f)) {
                if (in.size() != entry.bytes()) {
                    return false;
                }
                crc.reset();
                while (in.read(buffer.clear()) > 0) {
                    crc.update(buffer.flip());
                }
                if (!entry.crc32c().equals(hex(crc.getValue()))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The totals of a month, or null when the index has none for it. */
    public MonthTotals month(YearMonth month) {
        for (MonthTotals m : months) {
            if (m.month().equals(month)) {
                return m;
            }
        }
        return null;
    }

    static String crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return hex(crc.getValue());
    }

    /** A checksum as the index writes it: 8 lowercase hex digits. */
    private static String hex(long crc) {
        return HexFormat.of().toHexDigits((int) crc);
    }
}
