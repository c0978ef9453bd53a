package briefs.annex;

import briefs.derive.CountryFigures;
import briefs.derive.ParityFigures;
import briefs.derive.PlanStatus;
import briefs.derive.SetOverview;
import briefs.files.AtomicFile;
import briefs.model.DataSet;
import briefs.model.Source;
import briefs.render.Language;
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
 * {@link SheetChart}, so both workbooks look and behave alike; like them it computes nothing. In
 * a language ({@code index-<YYYY-MM>-fr.xlsx}) its words are the annex's ({@link AnnexWording},
 * keys {@code index.*}), its names of countries, regions, groups and categories the language's.
 */
public final class IndexWorkbook {
    private final AnnexWording w;
    private final Language lang;

    /** The index in English. */
    public IndexWorkbook() {
        this(Language.english());
    }

    /** The index in {@code lang}: its words ({@code annex.index.*} in its words file), names and formats. */
    public IndexWorkbook(Language lang) {
        this.lang = lang;
        this.w = AnnexWording.of(lang);
    }

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
        return fileName(month, Language.english());
    }

    /** {@code index-<YYYY-MM>-fr.xlsx} in French; the English name has no language, as the annexes'. */
    public static String fileName(YearMonth month, Language lang) {
        return "index-" + Objects.requireNonNull(month, "month") + lang.fileSuffix() + ".xlsx";
    }

    /** Writes the index atomically to {@code outDir} and returns its path. */
    public Path write(List<Entry> entries, SetOverview overview, DataSet dataSet, Path outDir) throws IOException {
        Path target = outDir.resolve(fileName(overview.month(), lang));
        AtomicFile.write(target, out -> writeTo(entries, overview, dataSet, out));
        return target;
    }

    /** Writes the index to a stream; the stream is left open. */
    public void writeTo(List<Entry> entries, SetOverview overview, DataSet dataSet, OutputStream out)
            throws IOException {
        WorkbookPackage wb = new WorkbookPackage(lang.code(), w.text("monthFormat"));
        String month = w.month(overview.month());
        countries(new SheetTable(wb.sheet(w.text("index.sheet.countries"))), entries, month);
        top(new SheetTable(wb.sheet(w.text("index.sheet.top"))), overview, month);
        targets(new SheetTable(wb.sheet(w.text("index.sheet.targets"))), overview, month);
        shares(new SheetTable(wb.sheet(w.text("index.sheet.shares"))), overview, month);
        notes(new SheetTable(wb.sheet(w.text("index.sheet.notes"))), overview, dataSet, month);
        wb.writeTo(out, new DocumentProperties(w.text("index.document.title", month),
                w.text("index.document.subject", w.count(entries.size())), w.text("document.author"),
                w.text("index.document.keywords", overview.month()), overview.month()));
    }

    private void countries(SheetTable t, List<Entry> entries, String month) {
        t.title(w.text("index.countries.title", month, w.count(entries.size())));
        List<String> head = new ArrayList<>(w.columns("index.countries.head"));
        List<ParityFigures> categories = entries.isEmpty() ? List.of() : entries.get(0).figures().parity();
        for (ParityFigures p : categories) {
            head.add(w.text("index.countries.targetMet", lang.term(p.category())));
        }
        head.addAll(w.columns("index.countries.files"));
        t.header(head);
        String yes = w.text("parity.met");
        String no = w.text("parity.missed");
        for (Entry e : entries) {
            CountryFigures f = e.figures();
            SheetRow row = t.row().text(f.country().iso3()).text(lang.country(f.country()))
                    .text(lang.region(f.country().region())).text(lang.regionalGroup(f.country().regionalGroup(),
                            f.country().regionalGroupName()))
                    .integer(f.total()).integer(f.women()).share(f.womenShare())
                    .integer(f.rank()).integer(f.rank() == null ? null : f.contributors()).integer(f.operationCount());
            for (ParityFigures p : f.parity()) {
                // Blank where no target is judged: nobody of the category, fewer than ten, or no gender split.
                row.flag(p.met() == null ? null : p.met() ? yes : no);
            }
            row.text(plan(f.planStatus())).text(e.briefFile()).text(e.annexFile());
        }
        t.finish();
    }

    private void top(SheetTable t, SetOverview o, String month) {
        t.title(w.text("index.top.title", w.count(o.top().size()), month));
        if (o.top().isEmpty()) {
            t.sentence(w.text("index.top.none"));
            t.finish();
            return;
        }
        t.header(w.columns("index.top.head"));
        for (CountryFigures f : o.top()) {
            t.row().text(lang.country(f.country())).text(f.country().iso3()).integer(f.rank()).integer(f.men())
                    .integer(f.women()).integer(f.total()).share(f.womenShare());
        }
        t.finish();
        if (o.genderReported()) {
            int header = t.headerRowIndex();
            SheetChart.stackedColumns(t.sheet(), new SheetChart.Place(8, header, 20, header + 22),
                    w.text("index.top.chart"), t.dataColumn(0), List.of(
                            new SheetChart.Series(new CellReference(t.sheet().name(), header, 3, true, true),
                                    t.dataColumn(3), SheetChart.DARK),
                            new SheetChart.Series(new CellReference(t.sheet().name(), header, 4, true, true),
                                    t.dataColumn(4), SheetChart.LIGHT)), w);
        }
    }

    private void targets(SheetTable t, SetOverview o, String month) {
        t.title(w.text("index.targets.title", month));
        t.header(w.columns("index.targets.head", String.valueOf(ParityFigures.SMALL_GROUP)));
        for (SetOverview.TargetCount c : o.targets()) {
            t.row().text(lang.term(c.category())).year(c.targetYear()).share(c.target()).integer(c.deploying())
                    .integer(c.met()).integer(c.missed()).integer(c.tooFew()).integer(c.noGender());
        }
        t.finish();
    }

    private void shares(SheetTable t, SetOverview o, String month) {
        t.title(w.text("index.shares.title", month));
        if (!o.genderReported()) {
            t.sentence(w.text("index.shares.noGender", month));
            t.finish();
            return;
        }
        t.header(w.columns("index.shares.head"));
        for (SetOverview.ShareBand b : o.shareBands()) {
            t.row().share(b.from()).share(b.to()).integer(b.countries());
        }
        t.finish();
    }

    private void notes(SheetTable t, SetOverview o, DataSet dataSet, String month) {
        t.title(w.text("index.notes.title"));
        t.header(w.columns("index.notes.head"));
        t.row().text(w.text("index.notes.month")).text(month);
        t.row().text(w.text("index.notes.countries")).text(w.text("index.notes.countriesDetail", w.count(o.countries()),
                w.count(o.withPersonnel())));
        t.row().text(w.text("index.notes.contributors")).text(w.count(o.contributors()));
        t.row().text(w.text("index.notes.rank")).text(w.text("index.notes.rankDetail"));
        t.row().text(w.text("index.notes.shareRanking")).text(w.text("index.notes.shareRankingDetail",
                w.count(SetOverview.SHARE_RANKING_MINIMUM)));
        t.row().text(w.text("index.notes.targetMet")).text(w.text("index.notes.targetMetDetail",
                String.valueOf(ParityFigures.SMALL_GROUP)));
        String source = w.text("index.notes.source");
        for (Source s : dataSet.sources()) {
            String title = lang.source(s.id(), "title", s.title());
            String publisher = lang.source(s.id(), "publisher", s.publisher());
            // Compiled sets (plans, targets, names) have no release date: no "as of" for them.
            t.row().text(source).text(s.asOf() == null ? w.text("index.notes.sourceDetail", title, publisher)
                    : w.text("index.notes.sourceDetailAsOf", title, publisher, w.isoDate(s.asOf()))).link(s.url());
        }
        t.finish();
    }

    private String plan(PlanStatus status) {
        return w.text("plan." + status.name());
    }
}
