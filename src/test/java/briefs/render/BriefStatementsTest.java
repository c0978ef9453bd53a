package briefs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.model.ActionPlan;
import briefs.model.Country;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Statements a desk officer found wrong in the briefs of the bundled data, each checked for the
 * countries named and for every other country of the same kind: which plan is in force, what a
 * brief as of an earlier month may know, who counts as a contributor, how deaths and tiny groups
 * are told, and names and words that were wrong.
 */
class BriefStatementsTest {
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));
    private static final YearMonth LATEST = YearMonth.of(2025, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "GEO | Georgia's latest National Action Plan on Women, Peace and Security, 2022–2024, has ended; no newer plan is recorded in the data.",
        "ESP | Spain's latest National Action Plan on Women, Peace and Security, 2017–2023, has ended; no newer plan is recorded in the data.",
        "KOR | The Republic of Korea's latest National Action Plan on Women, Peace and Security, 2021–2023, has ended",
        "USA | The United States of America's latest Strategy on Women, Peace and Security, adopted in 2019 (not styled a National Action Plan)",
        "USA | has two National Action Plans and a Strategy on Women, Peace and Security",
        "UKR | Ukraine's latest National Action Plan on Women, Peace and Security, its second, is recorded without years, so whether a plan is in force is not known; the one before it started in 2016.",
    })
    void theLatestPlanIsTheOneInForceOrHasEnded(String iso3, String sentence) {
        String text = text(iso3, LATEST);
        assertTrue(text.contains(sentence.strip()), iso3 + " should say \"" + sentence.strip() + "\":\n" + text);
        assertFalse(text.contains("adopted in 2012, has no end year"), text);
        assertFalse(text.contains("adopted in 2007"), text);
        assertFalse(text.contains("National Action Plan on Women, Peace and Security, adopted in 2019"), text);
    }

    /** For every country and several years: no plan started later than the one said to be in force. */
    @Test
    void noOpenEndedPlanWinsOverALaterOne() {
        SetFigures contributors = BundledData.contributors();
        for (YearMonth month : List.of(YearMonth.of(2016, 6), YearMonth.of(2019, 1), YearMonth.of(2022, 12), LATEST)) {
            for (Country c : contributors.countries()) {
                CountryFigures f = contributors.figures(c.iso3(), month);
                ActionPlan inForce = f.planInForce();
                for (ActionPlan p : f.plans()) {
                    assertTrue(p.startYear() == null || p.startYear() <= month.getYear(),
                            c.iso3() + " " + month + " knows a plan of " + p.startYear());
                    if (inForce != null && p.startYear() != null) {
                        assertTrue(p.startYear() <= inForce.startYear(),
                                c.iso3() + " " + month + ": " + inForce.startYear() + " in force, though " + p.startYear() + " is later");
                    }
                }
            }
        }
    }

    /** The UN fatalities file counted independently: rows of the country up to the month's last day. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"NPL, 2019-01", "NPL, 2016-06", "NOR, 2022-12", "IND, 2019-01", "BGD, 2016-06", "GHA, 2022-12", "FRA, 2019-01"})
    void aBriefAsOfAMonthCountsOnlyDeathsToItsEnd(String iso3, String month) throws IOException {
        YearMonth m = YearMonth.parse(month);
        CountryFigures f = BundledData.contributors().figures(iso3, m);
        assertEquals(deathsInSource(iso3, m.atEndOfMonth()), f.fatalities().total(), iso3 + " " + month);
        assertFalse(f.fatalities().lastYear() > m.getYear());
    }

    @Test
    void nepalInJanuary2019Knows77DeathsAndNoLaterPlan() {
        String text = text("NPL", YearMonth.of(2019, 1));
        assertTrue(text.contains("(counted to the end of January 2019) records 72 uniformed personnel and 5 civilian staff members"
                + " from Nepal who died serving in UN peace operations between 1979 and 2016, 77 nationals in all."), text);
        assertFalse(text.matches(".*\\b79 (nationals|uniformed).*"), text);
        assertFalse(text.contains("2022"), "the plan of 2022 is not known in January 2019: " + text);
        assertTrue(text.contains("Nepal's latest National Action Plan on Women, Peace and Security, 2011–2016, has ended"), text);
    }

    /** Contributors are the countries with at least one person; those with none have no rank. */
    @Test
    void contributorsAreCountriesWithPersonnelAndOnlyTheyRank() {
        SetFigures contributors = BundledData.contributors();
        for (YearMonth month : List.of(YearMonth.of(2019, 1), YearMonth.of(2022, 1), LATEST)) {
            int withPersonnel = 0;
            for (Country c : contributors.countries()) {
                CountryFigures f = contributors.figures(c.iso3(), month);
                if (f.total() > 0) {
                    withPersonnel++;
                    assertTrue(f.rank() != null && f.rank() <= f.contributors(), c.iso3() + " " + month);
                } else {
                    assertNull(f.rank(), c.iso3() + " " + month + " has nobody deployed but a rank");
                }
            }
            assertEquals(withPersonnel, contributors.standing(month).contributors(), month.toString());
        }
        for (String iso3 : List.of("COD", "UKR")) {
            String text = text(iso3, LATEST);
            assertTrue(text.contains("Not ranked"), text);
            assertFalse(text.contains("118th"), text);
        }
    }

    /** The UN's ranking of January 2022 for the countries with personnel: unchanged by leaving out those without. */
    @Test
    void theUnsRanksOfCountriesWithPersonnelStand() throws IOException {
        SetFigures contributors = BundledData.contributors();
        for (Map<String, String> row : csv(Path.of("data/sources/odp_contributionranks_2022-01.csv"))) {
            if (row.get("Total_Uniformed_Personnel") != null && Integer.parseInt(row.get("Total_Uniformed_Personnel")) > 0) {
                assertEquals(Integer.valueOf(row.get("Personnel_Contribution_Rank")),
                        contributors.figures(row.get("ISOCode3"), YearMonth.of(2022, 1)).rank(), row.get("ISOCode3"));
            }
        }
    }

    @Test
    void deathsLeadWithUniformedPersonnelAndGiveCivilianStaffBeside() {
        String text = text("CIV", LATEST);
        assertTrue(text.contains("10 + 19 civilian staff uniformed nationals lost"), text);
        assertTrue(text.contains("10 uniformed personnel and 19 civilian staff members from Côte d’Ivoire have died serving"), text);
        assertFalse(text.contains("29 nationals lost"), text);
        assertTrue(text.contains("By category: local civilian staff 16; military 8;"), text); // lower case after the colon, as the causes
        assertFalse(text.matches(".*\\b[Ll]ocal \\d.*"), text);
    }

    /** Under ten people: the people, no share and no target claim, for every such country. */
    @Test
    void tinyGroupsAreToldAsPeopleWithNoTargetClaim() {
        SetFigures contributors = BundledData.contributors();
        BriefFormat fmt = new BriefFormat();
        List<String> checked = new ArrayList<>();
        for (Country c : contributors.countries()) {
            CountryFigures f = contributors.figures(c.iso3(), LATEST);
            if (f.total() == 0 || f.total() >= ParityFigures.SMALL_GROUP) {
                continue;
            }
            checked.add(c.iso3());
            String xhtml = TEMPLATES.render(BriefTemplates.BRIEF, view(f, fmt));
            int at = xhtml.indexOf("<ul class=\"points\">");
            String points = xhtml.substring(at, xhtml.indexOf("</ul>", at));
            assertFalse(points.contains("target"), c.iso3() + ": " + points);
            assertFalse(points.matches(".*Women are \\d.*%.*"), c.iso3() + ": " + points);
            assertTrue(f.parity().stream().allMatch(p -> p.met() == null), c.iso3());
        }
        assertTrue(checked.size() > 10, "countries with fewer than ten people: " + checked);
        String belgium = text("BEL", LATEST);
        assertFalse(belgium.contains("0.0% against 25%"), belgium);
        assertFalse(belgium.contains("All of them"), belgium);
        assertTrue(belgium.contains("Its one person deployed serves with UNTSO"), belgium);
    }

    @Test
    void aMissedTargetSaysHowManyMoreWomenWouldReachIt() {
        String text = text("NOR", LATEST);
        assertTrue(text.contains("staff officers and military observers (11.1% against 25%: four more women among its 27 would reach it)"), text);
    }

    @ParameterizedTest
    @CsvSource({"SDN", "NPL", "IND", "GHA", "ETH", "BTN", "CIV", "NOR", "USA", "UKR", "VNM"})
    void noWrongWords(String iso3) {
        String text = text(iso3, LATEST);
        for (String wrong : new String[] {"as of null", "operations_supplement", "United Nations Organization Interim",
                "has lost their life", "The data also records one plan without years", " null", "Local civilian staff civilian"}) {
            assertFalse(text.contains(wrong), iso3 + " says \"" + wrong + "\"");
        }
    }

    @Test
    void unisfaHasItsName() {
        String text = text("WSM", LATEST);
        assertTrue(text.contains("UNISFA: United Nations Interim Security Force for Abyei"), text);
    }

    /** Ties for "operations with the most losses" are named together or not at all. */
    @Test
    void tiedOperationsWithTheMostLossesAreNeverCutArbitrarily() {
        SetFigures contributors = BundledData.contributors();
        for (Country c : contributors.countries()) {
            var ops = contributors.figures(c.iso3(), LATEST).fatalities().byOperation();
            String text = text(c.iso3(), LATEST);
            int at = text.indexOf("Operations with the most losses: ");
            if (ops.size() <= 6 || at < 0) {
                continue;
            }
            String listed = text.substring(at, text.indexOf(".", at));
            int shown = listed.split(";").length;
            assertTrue(ops.get(shown - 1).count() > ops.get(shown).count(), c.iso3() + ": " + listed);
        }
    }

    private static int deathsInSource(String iso3, LocalDate last) throws IOException {
        int n = 0;
        for (Map<String, String> row : csv(Path.of("data/sources/DPPADPOSS-FATALITIES.csv"))) {
            if (row.get("isocode3").equals(iso3) && !LocalDate.parse(row.get("incident_date")).isAfter(last)) {
                n++;
            }
        }
        return n;
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file).replace("\uFEFF", "").replace("\r", "");
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static BriefView view(CountryFigures f, BriefFormat fmt) {
        SetFigures contributors = BundledData.contributors();
        return new BriefView(f, LocalDate.of(2026, 11, 23), contributors.dataSet().sources(),
                contributors.dataSet().parityTargets(), new BriefCharts(fmt).of(f).keySet(), fmt);
    }

    /** The brief's XHTML with tags removed and white space collapsed. */
    static String text(String iso3, YearMonth month) {
        BriefFormat fmt = new BriefFormat();
        CountryFigures figures = BundledData.contributors().figures(iso3, month);
        return TEMPLATES.render(BriefTemplates.BRIEF, view(figures, fmt)).replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replace("&apos;", "'").replaceAll("\\s+", " ").replace(" .", ".").replace(" ,", ",").replace(" :", ":");
    }
}
