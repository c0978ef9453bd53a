package briefs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.CountryFigures;
import briefs.derive.PlanStatus;
import briefs.model.ActionPlan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled brief template says something true for every plan status the derive stage can give. */
class BriefWordingTest {
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));

    static Stream<Arguments> statuses() {
        ActionPlan first = new ActionPlan(1, 2011, 2016, "First plan", null, null, List.of());
        ActionPlan open = new ActionPlan(2, 2022, null, "Second plan", null, null, List.of());
        ActionPlan undated = new ActionPlan(null, null, null, "Undated plan", null, null, List.of());
        CountryFigures nor = BriefFixtures.norway();
        return Stream.of(
                Arguments.of(PlanStatus.IN_FORCE, nor, "is in force"),
                Arguments.of(PlanStatus.OPEN_ENDED,
                        BriefFixtures.withPlans(nor, PlanStatus.OPEN_ENDED, open, List.of(first, open)), "no end year"),
                Arguments.of(PlanStatus.EXPIRED,
                        BriefFixtures.withPlans(nor, PlanStatus.EXPIRED, null, List.of(first, undated)),
                        "recorded without years, so whether one is in force is not known"),
                Arguments.of(PlanStatus.DATES_UNKNOWN,
                        BriefFixtures.withPlans(nor, PlanStatus.DATES_UNKNOWN, null, List.of(undated)), "give no years"),
                Arguments.of(PlanStatus.NONE_RECORDED,
                        BriefFixtures.withPlans(nor, PlanStatus.NONE_RECORDED, null, List.of()),
                        "No National Action Plan on Women, Peace and Security is recorded in the data for Norway"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void everyPlanStatusHasItsOwnSentence(PlanStatus status, CountryFigures figures, String expected) {
        BriefView view = new BriefView(figures, LocalDate.of(2026, 11, 23), BriefFixtures.sources(),
                BriefFixtures.parityTargets(), new BriefCharts(new BriefFormat()).of(figures).keySet(), new BriefFormat());
        String xhtml = TEMPLATES.render(BriefTemplates.BRIEF, view).replaceAll("\\s+", " ");
        assertTrue(xhtml.contains(expected), status + ": expected \"" + expected + "\"");
        assertFalse(xhtml.contains("The data's status for"), status + " fell through to the generic sentence");
        assertFalse(xhtml.contains("has no plan") || xhtml.contains("no plan."), "never 'no plan'");
    }

    static Stream<CountryFigures> fixtures() {
        return Stream.of(BriefFixtures.norway(), BriefFixtures.iceland(), BriefFixtures.coteDIvoire(),
                BriefFixtures.largeContributor());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void threeToSixTalkingPoints(CountryFigures figures) {
        BriefView view = new BriefView(figures, LocalDate.of(2026, 11, 23), BriefFixtures.sources(),
                BriefFixtures.parityTargets(), new BriefCharts(new BriefFormat()).of(figures).keySet(), new BriefFormat());
        String xhtml = TEMPLATES.render(BriefTemplates.BRIEF, view);
        String points = xhtml.substring(xhtml.indexOf("<ul class=\"points\">"), xhtml.indexOf("</ul>", xhtml.indexOf("<ul class=\"points\">")));
        long count = points.lines().filter(l -> l.strip().startsWith("<li>")).count();
        assertTrue(count >= 3 && count <= 6, figures.country().iso3() + ": " + count + " talking points");
    }

    @Test
    void everyPlanStatusIsCoveredHere() {
        assertEquals(Set.of(PlanStatus.values()), statuses().map(a -> a.get()[0]).collect(Collectors.toSet()),
                "a new PlanStatus needs wording in the template and a case here");
    }

    /** The targets the brief names: the final ones for the bundled data (2028 only), the year's and the final for yearly ones. */
    @Test
    void theSourcesNameTheTargetsOfEveryYearTheDataHolds() {
        CountryFigures bundled = briefs.derive.BundledData.contributors().figures("NOR", java.time.YearMonth.of(2025, 7));
        String onlyFinal = targets(bundled, briefs.derive.BundledData.data().dataSet().parityTargets());
        assertTrue(onlyFinal.contains("for 2028 (the data holds its final targets only, not the yearly ones): military contingents 15%"), onlyFinal);
        assertEquals(0, occurrences(onlyFinal, "2025"), onlyFinal);
        String yearly = targets(BriefFixtures.norway(), BriefFixtures.parityTargets());
        assertTrue(yearly.contains("for 2025: military contingents 12%"), yearly);
        assertTrue(yearly.contains("; for 2028: 15%"), yearly);
    }

    private static String targets(CountryFigures figures, List<briefs.model.ParityTarget> targets) {
        BriefView view = new BriefView(figures, LocalDate.of(2026, 11, 23), BriefFixtures.sources(), targets,
                new BriefCharts(new BriefFormat()).of(figures).keySet(), new BriefFormat());
        String xhtml = TEMPLATES.render(BriefTemplates.BRIEF, view).replaceAll("\\s+", " ");
        int start = xhtml.indexOf("Targets: Uniformed Gender Parity Strategy");
        return xhtml.substring(start, xhtml.indexOf(".", start + 50));
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
