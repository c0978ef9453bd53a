package briefs.annex;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.derive.PlanStatus;
import briefs.derive.SetOverview;
import briefs.files.AtomicFile;
import briefs.model.DataSet;
import briefs.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.util.CellReference;

/**
 * The index of a set of briefs, {@code index-<YYYY-MM>.xlsx}: one row per country written (its
 * figures, the parity targets it meets, its plan, the names of its brief and annex), then the
 * largest contributors with a native chart, the parity targets across the set and the spread of
 * women's shares. Laid out with the annex's {@link SheetTable}, {@link CellStyle} and
 * {@link SheetChart}, so both workbooks look and behave alike; like them it computes nothing.
 */
public final class IndexWorkbook {
    static final String COUNTRIES = "Countries";
    static final String TOP = "Top contributors";
    static final String TARGETS = "Parity targets";
    static final String SHARES = "Women's share";
    static final String NOTES = "Notes";

    /**
     * One country of the set and the files written for it.
     *
     * @param briefFile file name of its brief (no folder), or null when none was written
     * @param annexFile file name of its annex, or null
     */
    public record Entry(CountryFigures figures, String briefFile, String annexFile) {
    }

    /** {@code index-<YYYY-MM>.xlsx}. */
    public static String fileName(YearMonth month) {
        return "index-" + Objects.requireNonNull(month, "month") + ".xlsx";
    }

    /** Writes the index atomically to {@code outDir} and returns its path. */
    public Path write(List<Entry> entries, SetOverview overview, DataSet dataSet, Path outDir) throws IOException {
        Path target = outDir.resolve(fileName(overview.month()));
        AtomicFile.write(target, out -> writeTo(entries, overview, dataSet, out));
        return target;
    }

    /** Writes the index to a stream; the stream is left open. */
    public void writeTo(List<Entry> entries, SetOverview overview, DataSet dataSet, OutputStream out)
            throws IOException {
        WorkbookPackage wb = new WorkbookPackage();
        String month = AnnexWording.standard().month(overview.month());
        countries(new SheetTable(wb.sheet(COUNTRIES)), entries, month);
        top(new SheetTable(wb.sheet(TOP)), overview, month);
        targets(new SheetTable(wb.sheet(TARGETS)), overview, month);
        shares(new SheetTable(wb.sheet(SHARES)), overview, month);
        notes(new SheetTable(wb.sheet(NOTES)), overview, dataSet, month);
        wb.writeTo(out, new DocumentProperties("UN peacekeeping and Women, Peace and Security: index of the country briefs, "
                + "data as of " + month, "Uniformed personnel, women and parity targets of " + entries.size() + " countries",
                AnnexWording.standard().text("document.author"),
                "index, country briefs, UN peacekeeping, uniformed personnel, women, gender parity, "
                        + overview.month(), overview.month()));
    }

    private static void countries(SheetTable t, List<Entry> entries, String month) {
        t.title("Country briefs, data as of " + month + ": " + entries.size() + " countries");
        List<String> head = new ArrayList<>(List.of("ISO3", "Country", "Region", "Regional group", "Personnel",
                "Women", "Women's share", "Rank", "Of", "Operations"));
        List<ParityFigures> categories = entries.isEmpty() ? List.of() : entries.get(0).figures().parity();
        for (ParityFigures p : categories) {
            head.add(p.category() + ": target met");
        }
        head.addAll(List.of("National Action Plan", "Brief", "Annex"));
        t.header(head);
        for (Entry e : entries) {
            CountryFigures f = e.figures();
            SheetRow row = t.row().text(f.country().iso3()).text(f.country().name()).text(f.country().region())
                    .text(f.country().regionalGroupName()).integer(f.total()).integer(f.women()).share(f.womenShare())
                    .integer(f.rank()).integer(f.rank() == null ? null : f.contributors()).integer(f.operationCount());
            for (ParityFigures p : f.parity()) {
                // Blank where no target is judged: nobody of the category, fewer than ten, or no gender split.
                row.flag(p.met() == null ? null : p.met() ? "yes" : "no");
            }
            row.text(plan(f.planStatus())).text(e.briefFile()).text(e.annexFile());
        }
        t.finish();
    }

    private static void top(SheetTable t, SetOverview o, String month) {
        t.title("The " + o.top().size() + " largest contributors of the set, " + month);
        if (o.top().isEmpty()) {
            t.sentence("No country of the set had personnel deployed.");
            t.finish();
            return;
        }
        t.header(List.of("Country", "ISO3", "Rank", "Men", "Women", "Personnel", "Women's share"));
        for (CountryFigures f : o.top()) {
            t.row().text(f.country().name()).text(f.country().iso3()).integer(f.rank()).integer(f.men())
                    .integer(f.women()).integer(f.total()).share(f.womenShare());
        }
        t.finish();
        if (o.genderReported()) {
            int header = t.headerRowIndex();
            SheetChart.stackedColumns(t.sheet(), new SheetChart.Place(8, header, 20, header + 22),
                    "Largest contributors: men and women", t.dataColumn(0), List.of(
                            new SheetChart.Series(new CellReference(t.sheet().name(), header, 3, true, true),
                                    t.dataColumn(3), SheetChart.DARK),
                            new SheetChart.Series(new CellReference(t.sheet().name(), header, 4, true, true),
                                    t.dataColumn(4), SheetChart.LIGHT)), AnnexWording.standard());
        }
    }

    private static void targets(SheetTable t, SetOverview o, String month) {
        t.title("Uniformed Gender Parity Strategy targets across the set, " + month);
        t.header(List.of("Category", "Target year", "Target", "Countries deploying", "Meet the target",
                "Miss the target", "Fewer than " + ParityFigures.SMALL_GROUP + ": not judged", "No gender split"));
        for (SetOverview.TargetCount c : o.targets()) {
            t.row().text(c.category()).year(c.targetYear()).share(c.target()).integer(c.deploying()).integer(c.met())
                    .integer(c.missed()).integer(c.tooFew()).integer(c.noGender());
        }
        t.finish();
    }

    private static void shares(SheetTable t, SetOverview o, String month) {
        t.title("Countries by women's share of their personnel, " + month);
        if (!o.genderReported()) {
            t.sentence("The UN report for " + month + " has no split by gender.");
            t.finish();
            return;
        }
        t.header(List.of("Women's share from", "Below", "Countries"));
        for (SetOverview.ShareBand b : o.shareBands()) {
            t.row().share(b.from()).share(b.to()).integer(b.countries());
        }
        t.finish();
    }

    private static void notes(SheetTable t, SetOverview o, DataSet dataSet, String month) {
        t.title("Sources and notes");
        t.header(List.of("Topic", "Detail", "Link"));
        t.row().text("Data month").text(month);
        t.row().text("Countries in the set").text(o.countries() + ", of which " + o.withPersonnel()
                + " had personnel deployed");
        t.row().text("Contributing countries, UN-wide").text(Integer.toString(o.contributors()));
        t.row().text("Rank").text("Among the countries with at least one person deployed that month, as the UN ranks: ties share a rank");
        t.row().text("Women's share ranking").text("Countries with at least " + SetOverview.SHARE_RANKING_MINIMUM
                + " personnel; smaller contingents swing too much from month to month");
        t.row().text("Target met").text("The women's share in the category against the Uniformed Gender Parity "
                + "Strategy target for the year; blank where none is judged: the country deploys nobody of the "
                + "category, or fewer than " + ParityFigures.SMALL_GROUP + " (the share of a handful says little), or the "
                + "month has no gender split");
        for (Source s : dataSet.sources()) {
            // Compiled sets (plans, targets, names) have no release date: no "as of" for them.
            t.row().text("Source").text(s.title() + " (" + s.publisher() + (s.asOf() == null ? "" : ", as of " + s.asOf())
                    + ")").link(s.url());
        }
        t.finish();
    }

    private static String plan(PlanStatus status) {
        return switch (status) {
            case IN_FORCE -> "In force";
            case OPEN_ENDED -> "In force (no end year given)";
            case EXPIRED -> "Expired";
            case DATES_UNKNOWN -> "Recorded, years unknown";
            case NONE_RECORDED -> "None recorded";
        };
    }
}
