package briefs.load;

import briefs.load.StandingsIndex.CountryEntry;
import briefs.load.StandingsIndex.MonthTotals;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonToken;

/**
 * Reads {@code reference/standings.json} token by token with Jackson's parser, as strictly as
 * the mapper reads every other file (each field once, no unknown or missing field, each of its
 * JSON type), but without binding it. The index is read before anything else on the way to a
 * single brief, so the mapper would build its deserializers for the index's records and bind its
 * 45,000 values in the interpreter: 0.15-0.2 s of a cold brief, against 0.1-0.15 s this way.
 *
 * <p>Anything else than what {@code import} writes gives nothing, not an error: without an index a
 * brief reads every country file, which only costs time.
 */
final class StandingsIndexJson {
    /**
     * A parser as strict as the mapper's (a field named twice in an object is refused), without
     * building the mapper, which a cold brief whose other files are kept as parsed never needs.
     */
    private static final JsonFactory PARSERS = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private StandingsIndexJson() {
    }

    /** The index these bytes hold, or empty when they are not an index as {@code import} writes it. */
    static Optional<StandingsIndex> read(byte[] bytes) {
        try (JsonParser p = PARSERS.createParser(bytes)) {
            StandingsIndex index = index(p);
            return p.nextToken() == null ? Optional.of(index) : Optional.empty();
        } catch (JacksonException | NotAnIndex | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Thrown at the first token that is not what the index holds there; caught by {@link #read}. */
    private static final class NotAnIndex extends RuntimeException {
        NotAnIndex() {
            super(null, null, false, false);
        }
    }

    private static StandingsIndex index(JsonParser p) {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        List<CountryEntry> countries = null;
        List<MonthTotals> months = null;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            if (name.equals("countries")) {
                countries = new ArrayList<>();
                expect(p.currentToken(), JsonToken.START_ARRAY);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    countries.add(country(p));
                }
            } else if (name.equals("months")) {
                months = new ArrayList<>();
                expect(p.currentToken(), JsonToken.START_ARRAY);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    months.add(month(p));
                }
            } else {
                throw new NotAnIndex();
            }
        }
        if (countries == null || months == null) {
            throw new NotAnIndex();
        }
        return new StandingsIndex(countries, months);
    }

    private static CountryEntry country(JsonParser p) {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String iso3 = null;
        String iso2 = null;
        long bytes = -1;
        String crc32c = null;
        String name = null;
        String officialName = null;
        String commonName = null;
        Boolean unMember = null;
        List<String> sourceNames = null;
        int seen = 0; // a bit for each field read: all nine must be there
        String field;
        while ((field = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            int bit = switch (field) {
                case "iso3" -> {
                    iso3 = text(t, p);
                    yield 1;
                }
                case "bytes" -> {
                    expect(t, JsonToken.VALUE_NUMBER_INT);
                    bytes = p.getLongValue();
                    yield 2;
                }
                case "crc32c" -> {
                    crc32c = text(t, p);
                    yield 4;
                }
                case "name" -> {
                    name = text(t, p);
                    yield 8;
                }
                case "officialName" -> {
                    officialName = t == JsonToken.VALUE_NULL ? null : text(t, p);
                    yield 16;
                }
                case "commonName" -> {
                    commonName = t == JsonToken.VALUE_NULL ? null : text(t, p);
                    yield 32;
                }
                case "unMember" -> {
                    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                        throw new NotAnIndex();
                    }
                    unMember = t == JsonToken.VALUE_TRUE;
                    yield 64;
                }
                case "sourceNames" -> {
                    sourceNames = texts(p, t);
                    yield 128;
                }
                case "iso2" -> {
                    iso2 = t == JsonToken.VALUE_NULL ? null : text(t, p);
                    yield 256;
                }
                default -> throw new NotAnIndex();
            };
            seen |= bit;
        }
        if (seen != 511) {
            throw new NotAnIndex();
        }
        return new CountryEntry(iso3, iso2, bytes, crc32c, name, officialName, commonName, unMember, sourceNames);
    }

    private static MonthTotals month(JsonParser p) {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        YearMonth month = null;
        List<String> iso3 = null;
        List<Integer> total = null;
        List<Integer> women = null;
        String field;
        while ((field = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "month" -> month = YearMonth.parse(text(t, p));
                case "iso3" -> iso3 = texts(p, t);
                case "total" -> total = counts(p, t, false);
                case "women" -> women = counts(p, t, true);
                default -> throw new NotAnIndex();
            }
        }
        if (month == null || iso3 == null || total == null || women == null) {
            throw new NotAnIndex();
        }
        return new MonthTotals(month, iso3, total, women); // refuses lists of different lengths
    }

    private static List<String> texts(JsonParser p, JsonToken t) {
        expect(t, JsonToken.START_ARRAY);
        List<String> texts = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            texts.add(text(t, p));
        }
        return texts;
    }

    private static List<Integer> counts(JsonParser p, JsonToken t, boolean nullable) {
        expect(t, JsonToken.START_ARRAY);
        List<Integer> counts = new ArrayList<>(200);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_NULL && nullable) {
                counts.add(null);
            } else {
                expect(t, JsonToken.VALUE_NUMBER_INT);
                counts.add(p.getIntValue()); // out of int's range: Jackson's exception, caught by read
            }
        }
        return counts;
    }

    private static String text(JsonToken t, JsonParser p) {
        expect(t, JsonToken.VALUE_STRING);
        return p.getString();
    }

    private static void expect(JsonToken t, JsonToken expected) {
        if (t != expected) {
            throw new NotAnIndex();
        }
    }
}
