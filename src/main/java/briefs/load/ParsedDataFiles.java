package briefs.load;

import briefs.model.ActionPlan;
import briefs.model.Contribution;
import briefs.model.Country;
import briefs.model.DataSet;
import briefs.model.Fatalities;
import briefs.model.FocusArea;
import briefs.model.MonthNote;
import briefs.model.MonthlyDeployment;
import briefs.model.Operation;
import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import briefs.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * The country files, the reference files and the standings index of a data folder as they were
 * last parsed, kept in one binary file (the launcher keeps it in the build folder): a run whose
 * files have the bytes they had then takes their records from it instead of parsing them again.
 * Parsing the 14 MB of JSON of 194 country files, in a JVM that has not warmed up, was a tenth of
 * the CPU time of a bulk run; a country's file, the reference files, the index and the mapper built
 * for them, 0.07 s of a cold brief.
 *
 * <p>Never stale: each entry holds the size and CRC-32C of the bytes it was parsed from, and is
 * used only for a file of that name, size and checksum; every other file is parsed, as it would be
 * without this. The records are made again through their canonical constructors. A file written
 * for other records (their components' names and types differ) or by another build, a damaged or
 * truncated one, or one that cannot be read is passed over: parsing is always the way back, never
 * an error. Only files that parsed go in.
 *
 * <p>A country file's entry also says whether the file passed the rules ({@code Validation}), and
 * against which reference files: the rules read nothing else, and this build's rules are this
 * build's, so a file taken with the reference files it passed with need not be checked again
 * ({@link LoadedData#screened}). A file that broke a rule is never marked: it is checked, and its
 * problems told, on every run. Checking every country of the bundled data took a bulk run 0.2 CPU-s
 * (4%), most of it compiling and interpreting the rules, in every run and at once.
 */
public final class ParsedDataFiles {
    private static final byte[] MAGIC = "briefs: parsed data files\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 2;
    /** How many data folders' files are kept in one folder. */
    static final int FOLDERS = 8;
    /**
     * What wrote a file: the build (the jar's size and time, so a file from another build, which
     * may parse or encode otherwise, is not used) and the records, by their components.
     */
    private static final String WRITER = build() + " " + signature(Country.class, MonthlyDeployment.class,
            Contribution.class, Fatalities.class, ActionPlan.class, FocusArea.class, DataSet.class, MonthNote.class,
            Source.class, Operation.class, ParityTarget.class, StandingsIndex.class, StandingsIndex.CountryEntry.class,
            StandingsIndex.MonthTotals.class) + " " + Arrays.toString(PersonnelType.values());
    /** The name of the entry of the reference files, which no country file has (their names end in .json). */
    private static final String REFERENCE = "reference/";
    /** The name of the entry of the standings index. */
    private static final String STANDINGS = "reference/" + StandingsIndex.FILE;
    private static final PersonnelType[] TYPES = PersonnelType.values();

    private final Path file;
    private final Map<String, Entry> kept;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    /** True when an entry was made or changed in this run: the file is written again. */
    private volatile boolean changed;
    /** The reference files of this run, by {@link #key}: taken or parsed first, before any country file. */
    private volatile long reference = NOT_SCREENED;

    /** No reference files: a country file not (yet) known to pass the rules. */
    private static final long NOT_SCREENED = 0;

    /**
     * The bytes of a file (or of the reference files one after the other) as they were, and their
     * records, encoded; for a country file, the reference files (by {@link #key}) it passed the
     * rules with, or {@link #NOT_SCREENED}.
     */
    private record Entry(long size, int crc, byte[] records, long screenedWith) {
        Entry screened(long with) {
            return new Entry(size, crc, records, with);
        }
    }

    /** Files of this size and checksum, in one number: the size (never 0 for the reference files) high, the checksum low. */
    private static long key(long size, int crc) {
        return size << 32 | (crc & 0xFFFF_FFFFL);
    }

    private ParsedDataFiles(Path file, Map<String, Entry> kept) {
        this.file = file;
        this.kept = kept;
    }

    /**
     * What is kept in {@code keptDir} for the data folder {@code dataDir}, to take records from and
     * keep new ones in; nothing, and nothing kept, when {@code keptDir} is null.
     */
    public static ParsedDataFiles in(Path keptDir, Path dataDir) {
        return open(keptDir == null ? null : file(keptDir, dataDir));
    }

    /** Nothing to take, nothing kept: every file is parsed. */
    static ParsedDataFiles none() {
        return new ParsedDataFiles(null, Map.of());
    }

    /** The file in {@code keptDir} for the files of {@code dataDir}, named after its absolute path. */
    static Path file(Path keptDir, Path dataDir) {
        byte[] path = dataDir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        return keptDir.resolve(String.format("parsed-data-%08x.bin", crc(path)));
    }

    /** What {@code file} holds, or nothing when it is null, absent or not usable. */
    static ParsedDataFiles open(Path file) {
        if (file == null) {
            return none();
        }
        try {
            return new ParsedDataFiles(file, entries(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return new ParsedDataFiles(file, Map.of()); // absent, unreadable or damaged: parsed again, then written
        }
    }

    /**
     * The same entries, to take records from only: nothing parsed is kept, and {@link #save} writes
     * nothing (for a run that reads a few files, which would otherwise drop the others' entries).
     */
    public ParsedDataFiles readOnly() {
        return new ParsedDataFiles(null, kept);
    }

    /** True when it has records to take or keeps what is parsed: else a file's checksum is not needed. */
    boolean inUse() {
        return file != null || !kept.isEmpty();
    }

    /**
     * The CRC-32C of a file's bytes, or of files' bytes one after the other (the reference files'),
     * what an entry is matched by.
     */
    static int crc(byte[]... files) {
        CRC32C crc = new CRC32C();
        for (byte[] bytes : files) {
            crc.update(bytes);
        }
        return (int) crc.getValue();
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /**
     * The records of the country file {@code name} when they were kept from these very bytes, or
     * null; {@link #parsed} must then be told what parsing them gave.
     */
    Country country(String name, byte[] bytes, int crc) {
        return taken(name, bytes.length, crc, Reader::country);
    }

    /** Keeps what the country file {@code name} parsed to, for the next run. */
    void parsed(String name, byte[] bytes, int crc, Country country) {
        keep(name, bytes.length, crc, country, Writer::country);
    }

    /**
     * The data set of the reference files when it was kept from these very bytes (the files' bytes
     * one after the other), or null; {@link #parsed(long, int, DataSet)} must then be told what
     * parsing them gave.
     */
    DataSet dataSet(long size, int crc) {
        reference = key(size, crc);
        return taken(REFERENCE, size, crc, Reader::dataSet);
    }

    /** Keeps what the reference files parsed to, for the next run. */
    void parsed(long size, int crc, DataSet dataSet) {
        reference = key(size, crc);
        keep(REFERENCE, size, crc, dataSet, Writer::dataSet);
    }

    /**
     * True when the country file {@code name} was taken in this run and had passed the rules with
     * the reference files of this run ({@link #dataSet} or {@link #parsed(long, int, DataSet)} first).
     */
    boolean screened(String name) {
        Entry e = used.get(name);
        return e != null && reference != NOT_SCREENED && e.screenedWith() == reference;
    }

    /**
     * Marks the country files {@code names}, taken or parsed in this run, as passing the rules with
     * this run's reference files, for the next run.
     */
    private void screenedSound(List<String> names) {
        if (file == null || reference == NOT_SCREENED) {
            return;
        }
        for (String name : names) {
            Entry e = used.get(name);
            if (e != null && e.screenedWith() != reference) {
                used.put(name, e.screened(reference));
                changed = true;
            }
        }
    }

    /** The standings index when it was kept from these very bytes of its file, or null. */
    StandingsIndex standings(long size, int crc) {
        return taken(STANDINGS, size, crc, Reader::standings);
    }

    /** True, and the entry kept, when the standings index is held for these very bytes of its file. */
    boolean holdsStandings(long size, int crc) {
        return taken(STANDINGS, size, crc, r -> Boolean.TRUE) != null;
    }

    /** Keeps what the standings index parsed to, for the next run. */
    void parsed(long size, int crc, StandingsIndex index) {
        keep(STANDINGS, size, crc, index, Writer::standings);
    }

    /** True when what is parsed is kept for the next run. */
    boolean keeps() {
        return file != null;
    }

    /** The entry {@code key}'s records, read, when it was made from bytes of this size and checksum; else null. */
    private <T> T taken(String key, long size, int crc, Function<Reader, T> read) {
        Entry entry = kept.get(key);
        if (entry == null || entry.size() != size || entry.crc() != crc) {
            return null;
        }
        T value;
        try {
            value = read.apply(new Reader(entry.records()));
        } catch (RuntimeException e) {
            return null; // written by this code and checked whole when read: not expected, and parsed then
        }
        used.put(key, entry);
        return value;
    }

    private <T> void keep(String key, long size, int crc, T value, BiConsumer<Writer, T> write) {
        if (file == null) {
            return;
        }
        Writer w = new Writer();
        write.accept(w, value);
        used.put(key, new Entry(size, crc, w.bytes(), NOT_SCREENED));
        changed = true;
    }

    /**
     * Marks the countries of {@code screened} that passed the rules ({@link #screenedSound}), then
     * writes the entries of the reference files, the index and the country files of this run when
     * they differ from what was read: a file parsed, one newly passing the rules, or one gone.
     * Written to a new file then moved over the old, so a reader sees the one or the other; a
     * failure to write leaves the old one, which stays safe.
     */
    public void save(LoadedData screened) {
        screenedSound(screened.countries().stream().map(c -> c.iso3() + ".json").toList());
        save();
    }

    private void save() {
        List<String> present = new ArrayList<>();
        for (String reference : List.of(REFERENCE, STANDINGS)) {
            if (used.containsKey(reference)) {
                present.add(reference);
            }
        }
        used.keySet().stream().filter(name -> !name.startsWith(REFERENCE)).sorted().forEach(present::add);
        if (file == null || (!changed && present.size() == kept.size() && kept.keySet().containsAll(present))) {
            return;
        }
        Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Writer w = new Writer();
            w.raw(MAGIC);
            w.varint(FORMAT);
            w.text(WRITER);
            w.varint(present.size());
            for (String name : present) {
                Entry e = used.get(name);
                w.text(name);
                w.varlong(e.size());
                w.fixed(e.crc());
                w.varint(e.records().length);
                w.raw(e.records());
                w.varlong(e.screenedWith());
            }
            w.fixed(crc(w.bytes()));
            Files.createDirectories(file.getParent());
            removeLeftovers();
            Files.write(temp, w.bytes());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeOldest();
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the next save writes the same name again
            }
        }
    }

    /**
     * Keeps the files of the {@value #FOLDERS} data folders used last, each about 1 MB: one per data
     * folder ever given to {@code --data} would pile up.
     */
    private void removeOldest() throws IOException {
        List<Path> all = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), "parsed-data-*.bin")) {
            files.forEach(all::add);
        }
        if (all.size() <= FOLDERS) {
            return;
        }
        Map<Path, Long> modified = new HashMap<>();
        for (Path p : all) {
            modified.put(p, Files.getLastModifiedTime(p).toMillis());
        }
        all.sort(Comparator.comparing(modified::get));
        for (Path p : all.subList(0, all.size() - FOLDERS)) {
            if (!p.equals(file)) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Deletes what a run stopped while writing left (its temporary file), once that run has ended. */
    private void removeLeftovers() throws IOException {
        String prefix = file.getFileName() + ".";
        try (DirectoryStream<Path> left = Files.newDirectoryStream(file.getParent(), prefix + "*.tmp")) {
            for (Path p : left) {
                String pid = p.getFileName().toString().substring(prefix.length()).replace(".tmp", "");
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Map<String, Entry> entries(byte[] bytes) {
        if (bytes.length < MAGIC.length + 4 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Map.of();
        }
        int body = bytes.length - 4;
        if (new Reader(bytes, body, bytes.length).fixed() != crc(bytes, body)) {
            return Map.of();
        }
        Reader r = new Reader(bytes, MAGIC.length, body);
        if (r.varint() != FORMAT || !WRITER.equals(r.text())) {
            return Map.of();
        }
        int count = r.varint();
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = r.text();
            long size = r.varlong();
            int crc = r.fixed();
            byte[] records = r.raw(r.varint());
            entries.put(name, new Entry(size, crc, records, r.varlong()));
        }
        return entries;
    }

    /** The jar this class was loaded from, by size and modification time; "classes" outside a jar (tests). */
    private static String build() {
        try {
            Path code = Path.of(ParsedDataFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code)
                    ? "jar " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis() : "classes";
        } catch (Exception e) {
            return "unknown build " + System.nanoTime(); // matches no file: every country file is parsed
        }
    }

    private static String signature(Class<?>... records) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> type : records) {
            sb.append(type.getSimpleName()).append('(');
            for (RecordComponent c : type.getRecordComponents()) {
                sb.append(c.getName()).append(':').append(c.getGenericType().getTypeName()).append(',');
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** Writes records as varints and strings, each string once per country (then by its number). */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 12);
        private final Map<String, Integer> texts = new HashMap<>();

        byte[] bytes() {
            return out.toByteArray();
        }

        void raw(byte[] b) {
            out.writeBytes(b);
        }

        void fixed(int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }

        void varlong(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void varint(int v) {
            varlong(v & 0xFFFFFFFFL);
        }

        /** Any int, small ones in one byte whatever their sign. */
        void number(int v) {
            varint((v << 1) ^ (v >> 31));
        }

        /** An Integer that may be null. */
        void count(Integer v) {
            if (v == null) {
                varint(0);
            } else {
                varint(1);
                number(v);
            }
        }

        void flag(boolean b) {
            out.write(b ? 1 : 0);
        }

        /** 0 for null, n + 2 for the string first written n-th, 1 then its UTF-8 for a new one. */
        void text(String s) {
            if (s == null) {
                varint(0);
                return;
            }
            Integer known = texts.get(s);
            if (known != null) {
                varint(known + 2);
                return;
            }
            texts.put(s, texts.size());
            varint(1);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            raw(utf8);
        }

        void texts(List<String> list) {
            varint(list.size());
            list.forEach(this::text);
        }

        void month(YearMonth m) {
            flag(m != null);
            if (m != null) {
                number(m.getYear());
                varint(m.getMonthValue());
            }
        }

        void date(LocalDate d) {
            flag(d != null);
            if (d != null) {
                number(d.getYear());
                varint(d.getMonthValue());
                varint(d.getDayOfMonth());
            }
        }

        void months(List<YearMonth> months) {
            varint(months.size());
            months.forEach(this::month);
        }

        void notes(List<MonthNote> notes) {
            varint(notes.size());
            for (MonthNote n : notes) {
                month(n.month());
                text(n.note());
            }
        }

        void standings(StandingsIndex index) {
            varint(index.countries().size());
            for (StandingsIndex.CountryEntry e : index.countries()) {
                text(e.iso3());
                text(e.iso2());
                varlong(e.bytes());
                text(e.crc32c());
                text(e.name());
                text(e.officialName());
                text(e.commonName());
                flag(e.unMember());
                texts(e.sourceNames());
            }
            varint(index.months().size());
            for (StandingsIndex.MonthTotals m : index.months()) {
                month(m.month());
                texts(m.iso3());
                varint(m.total().size());
                m.total().forEach(this::number);
                varint(m.women().size());
                m.women().forEach(this::count);
            }
        }

        void dataSet(DataSet d) {
            month(d.first());
            month(d.last());
            months(d.months());
            notes(d.missingMonths());
            notes(d.monthsWithoutGender());
            months(d.monthsWithoutOperations());
            varint(d.sources().size());
            for (Source s : d.sources()) {
                text(s.id());
                text(s.title());
                text(s.publisher());
                text(s.url());
                text(s.asOf());
                text(s.note());
            }
            varint(d.operations().size());
            for (Operation o : d.operations()) {
                text(o.acronym());
                text(o.name());
                text(o.kind());
                text(o.location());
                text(o.hostIso3());
                date(o.start());
                date(o.end());
                text(o.source());
            }
            varint(d.parityTargets().size());
            for (ParityTarget t : d.parityTargets()) {
                text(t.category());
                varint(t.appliesTo().size());
                t.appliesTo().forEach(type -> varint(type.ordinal()));
                number(t.year());
                varlong(Double.doubleToRawLongBits(t.share()));
                text(t.source());
            }
        }

        void country(Country c) {
            text(c.iso3());
            text(c.iso2());
            text(c.m49());
            text(c.name());
            text(c.nameInText());
            text(c.officialName());
            text(c.commonName());
            flag(c.unMember());
            text(c.region());
            text(c.subregion());
            text(c.regionalGroup());
            texts(c.languages());
            texts(c.sourceNames());
            varint(c.deployments().size());
            for (MonthlyDeployment d : c.deployments()) {
                month(d.month());
                number(d.total());
                count(d.women());
                flag(d.genderReported());
                flag(d.byOperation());
                varint(d.contributions().size());
                for (Contribution k : d.contributions()) {
                    text(k.operation());
                    varint(k.type() == null ? 0 : k.type().ordinal() + 1);
                    count(k.men());
                    count(k.women());
                    number(k.total());
                }
            }
            varint(c.fatalities().size());
            for (Fatalities f : c.fatalities()) {
                number(f.year());
                number(f.month());
                text(f.operation());
                text(f.personnelCategory());
                flag(f.uniformed());
                text(f.incidentType());
                number(f.men());
                number(f.women());
                number(f.genderUnknown());
                number(f.total());
            }
            varint(c.actionPlans().size());
            for (ActionPlan p : c.actionPlans()) {
                count(p.number());
                count(p.startYear());
                count(p.endYear());
                text(p.title());
                text(p.sourceUrl());
                text(p.sourceNote());
                varint(p.focusAreas().size());
                for (FocusArea a : p.focusAreas()) {
                    number(a.number());
                    text(a.title());
                    text(a.sourceUrl());
                }
                text(p.kind());
            }
            texts(c.notes());
        }
    }

    /** Reads what {@link Writer} wrote; any inconsistency is a runtime exception, and the file is passed over. */
    private static final class Reader {
        private final byte[] in;
        private final int end;
        private int at;
        private final List<String> texts = new ArrayList<>();

        Reader(byte[] in) {
            this(in, 0, in.length);
        }

        Reader(byte[] in, int at, int end) {
            this.in = in;
            this.at = at;
            this.end = end;
        }

        byte[] raw(int n) {
            if (n < 0 || n > end - at) {
                throw new IllegalStateException("truncated");
            }
            byte[] b = Arrays.copyOfRange(in, at, at + n);
            at += n;
            return b;
        }

        int fixed() {
            int v = ((in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8) | (in[at + 3] & 0xFF);
            at += 4;
            return v;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
            }
            throw new IllegalStateException("a number runs on");
        }

        int varint() {
            return (int) varlong();
        }

        int number() {
            int v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        Integer count() {
            return varint() == 0 ? null : number();
        }

        boolean flag() {
            return in[at++] != 0;
        }

        String text() {
            int tag = varint();
            if (tag == 0) {
                return null;
            }
            if (tag >= 2) {
                return texts.get(tag - 2);
            }
            int n = varint();
            if (n < 0 || n > end - at) {
                throw new IllegalStateException("truncated");
            }
            String s = new String(in, at, n, StandardCharsets.UTF_8);
            at += n;
            texts.add(s);
            return s;
        }

        <T> List<T> list(Function<Reader, T> element) {
            int n = varint();
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(element.apply(this));
            }
            return list;
        }

        Country country() {
            return new Country(text(), text(), text(), text(), text(), text(), text(), flag(), text(), text(), text(),
                    list(Reader::text), list(Reader::text), list(Reader::deployment), list(Reader::fatalities),
                    list(Reader::plan), list(Reader::text));
        }

        YearMonth month() {
            return flag() ? YearMonth.of(number(), varint()) : null;
        }

        LocalDate date() {
            return flag() ? LocalDate.of(number(), varint(), varint()) : null;
        }

        StandingsIndex standings() {
            return new StandingsIndex(list(Reader::countryEntry), list(Reader::monthTotals));
        }

        StandingsIndex.CountryEntry countryEntry() {
            return new StandingsIndex.CountryEntry(text(), text(), varlong(), text(), text(), text(), text(), flag(),
                    list(Reader::text));
        }

        StandingsIndex.MonthTotals monthTotals() {
            return new StandingsIndex.MonthTotals(month(), list(Reader::text), list(Reader::number),
                    list(Reader::count));
        }

        DataSet dataSet() {
            return new DataSet(month(), month(), list(Reader::month), list(Reader::monthNote), list(Reader::monthNote),
                    list(Reader::month), list(Reader::source), list(Reader::operation), list(Reader::parityTarget));
        }

        MonthNote monthNote() {
            return new MonthNote(month(), text());
        }

        Source source() {
            return new Source(text(), text(), text(), text(), text(), text());
        }

        Operation operation() {
            return new Operation(text(), text(), text(), text(), text(), date(), date(), text());
        }

        ParityTarget parityTarget() {
            return new ParityTarget(text(), list(r -> TYPES[r.varint()]), number(),
                    Double.longBitsToDouble(varlong()), text());
        }

        MonthlyDeployment deployment() {
            return new MonthlyDeployment(month(), number(), count(), flag(), flag(), list(Reader::contribution));
        }

        Contribution contribution() {
            String operation = text();
            int type = varint();
            return new Contribution(operation, type == 0 ? null : TYPES[type - 1], count(), count(), number());
        }

        Fatalities fatalities() {
            return new Fatalities(number(), number(), text(), text(), flag(), text(), number(), number(), number(),
                    number());
        }

        ActionPlan plan() {
            return new ActionPlan(count(), count(), count(), text(), text(), text(), list(Reader::focusArea), text());
        }

        FocusArea focusArea() {
            return new FocusArea(number(), text(), text());
        }
    }
}
