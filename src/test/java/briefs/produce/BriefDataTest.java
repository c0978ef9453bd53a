package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.load.StandingsIndex;
import briefs.model.Country;
import briefs.model.MonthNote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brief read through the standings index gets exactly the figures of a full read, and an
 * index that no longer matches the country files is never used.
 */
class BriefDataTest {
    @TempDir
    Path copy;

    @Test
    void theBundledIndexIsCurrent() {
        assertTrue(StandingsIndex.readIfCurrent(BundledData.DIR).isPresent(),
                "data/reference/standings.json matches data/countries (run briefs import after editing a country)");
    }

    @Test
    void everyCountryHasTheSameFiguresAsFromAFullRead() {
        StandingsIndex index = StandingsIndex.readIfCurrent(BundledData.DIR).orElseThrow();
        SetFigures full = BundledData.contributors();
        YearMonth latest = full.latestMonth();
        // A month whose gender split is missing: UN-wide women must come out null both ways.
        YearMonth noGender = full.dataSet().monthsWithoutGender().stream().map(MonthNote::month)
                .filter(full::hasMonth).findFirst().orElse(latest);
        for (Country c : BundledData.data().countries()) {
            SetFigures one = SetFigures.of(full.dataSet(), List.of(c), index);
            for (YearMonth month : List.of(latest, noGender, latest.minusMonths(30))) {
                if (full.hasMonth(month)) {
                    assertEquals(full.figures(c.iso3(), month), one.figures(c.iso3(), month), c.iso3() + " " + month);
                }
            }
        }
    }

    @Test
    void briefDataReadsOnlyTheCountriesAskedForWhenTheIndexIsCurrent() throws IOException {
        copyData();
        BriefData data = BriefData.load(copy, Path.of("templates"), List.of("norway", "CIV", "NOR"));
        assertEquals(List.of("NOR", "CIV"), data.chosen().stream().map(Country::iso3).toList());
        assertEquals(2, data.contributors().countries().size(), "two files read, not 194");
        YearMonth month = BundledData.contributors().latestMonth();
        assertEquals(BundledData.contributors().figures("NOR", month), data.contributors().figures("NOR", month));
    }

    @Test
    void aRemovedCountryFileMakesTheIndexStaleAndTheRankComesFromTheFiles() throws IOException {
        copyData();
        YearMonth month = BundledData.contributors().latestMonth();
        int rank = BundledData.contributors().figures("NOR", month).rank();
        Files.delete(copy.resolve("countries/BGD.json")); // a larger contributor than Norway

        assertTrue(StandingsIndex.readIfCurrent(copy).isEmpty());
        BriefData data = BriefData.load(copy, Path.of("templates"), List.of("NOR"));
        assertEquals(rank - 1, data.contributors().figures("NOR", month).rank());
    }

    @Test
    void aCountryFileEditedByHandMakesTheIndexStaleEvenAtTheSameSize() throws IOException {
        copyData();
        Path nor = copy.resolve("countries/NOR.json");
        String text = Files.readString(nor, StandardCharsets.UTF_8);
        int at = text.indexOf("\"total\": ") + "\"total\": ".length();
        char digit = text.charAt(at);
        String edited = text.substring(0, at) + (digit == '9' ? '8' : (char) (digit + 1)) + text.substring(at + 1);
        Files.writeString(nor, edited, StandardCharsets.UTF_8);
        assertEquals(Files.size(BundledData.DIR.resolve("countries/NOR.json")), Files.size(nor));

        assertTrue(StandingsIndex.readIfCurrent(copy).isEmpty());
    }

    @Test
    void anAddedCountryFileMakesTheIndexStale() throws IOException {
        copyData();
        Files.copy(copy.resolve("countries/NOR.json"), copy.resolve("countries/XNO.json"));
        assertTrue(StandingsIndex.readIfCurrent(copy).isEmpty());
    }

    private void copyData() throws IOException {
        try (Stream<Path> all = Files.walk(BundledData.DIR)) {
            for (Path p : all.toList()) {
                Path rel = BundledData.DIR.relativize(p);
                if (rel.startsWith("sources")) {
                    continue;
                }
                Path target = copy.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
