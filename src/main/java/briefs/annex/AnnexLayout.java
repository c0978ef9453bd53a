package briefs.annex;

import briefs.derive.CountryFigures;
import briefs.derive.FatalityFigures;
import briefs.derive.OperationFigures;
import briefs.derive.ParityFigures;
import briefs.derive.SeriesPoint;
import briefs.derive.TypeFigures;
import briefs.derive.YearAgo;
import briefs.model.ActionPlan;
import briefs.model.DataSet;
import briefs.model.FocusArea;
import briefs.model.PersonnelType;
import briefs.render.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;

/**
 * The sheets of a country's annex, filled from its {@link CountryFigures}: it only places and
 * formats figures, it computes none, so the workbook shows what the PDF shows. A sheet whose
 * table would be empty says so in a sentence instead.
 */
final class AnnexLayout {
    /** Sheet order is the order of the methods called in {@link #build}. */
    private final WorkbookPackage wb;
    private final AnnexWording w;
    private final CountryFigures f;
    private final DataSet data;
    private final String name;
    /** The name in a sentence ("the Niger"), and at a sentence's start ("The Niger"). */
    private final String inText;
    private final String inTextFirst;
    /** 1 when the country's name is plural in a sentence ("les Philippines"), else 0: for the patterns' choice of verb. */
    private final int nameNumber;
    private final String month;
    /** The language's names of the country, types, categories and operations. */
    private final Language lang;

    AnnexLayout(WorkbookPackage wb, AnnexWording wording, CountryFigures figures, DataSet data) {
        this.wb = wb;
        this.w = wording;
        this.f = figures;
        this.data = data;
        this.lang = wording.language();
        this.name = lang.country(figures.country());
        this.inText = lang.countryInText(figures.country());
        this.inTextFirst = sentenceStart(inText);
        this.nameNumber = lang.pluralName(inText) ? 1 : 0;
        this.month = wording.month(figures.month());
    }

    void build() {
        summary();
        byType();
        parity();
        deployments();
        series();
        plans();
        fatalities();
        new NotesSheet(w, lang, data).fill(sheet("sheet.notes"), name, f.notes());
    }

    private SheetTable sheet(String key) {
        return new SheetTable(wb.sheet(w.text(key)));
    }

    private void summary() {
        SheetTable t = sheet("sheet.summary");
        t.title(w.text("summary.title", name, month));
        t.header(w.columns("summary.head"));
        t.row().text(w.text("summary.country")).text(name).text(f.country().iso3());
        t.row().text(w.text("summary.month")).month(f.month()).text(w.text("summary.monthNote"));
        t.row().text(w.text("summary.total")).integer(f.total());
        String genderNote = f.genderReported() ? null : w.text("summary.genderMissing");
        t.row().text(w.text("summary.women")).integer(f.women()).text(genderNote);
        t.row().text(w.text("summary.men")).integer(f.men()).text(genderNote);
        t.row().text(w.text("summary.share")).share(f.womenShare()).text(genderNote);
        t.row().text(w.text("summary.rank")).integer(f.rank())
                .text(f.rank() == null ? w.text("summary.rankNone")
                        : w.text("summary.rankNote", w.count(f.contributors())));
        t.row().text(w.text("summary.contributors")).integer(f.contributors());
        t.row().text(w.text("summary.operations")).integer(f.operationCount())
                .text(f.operationCount() == null ? w.text("summary.operationsMissing") : null);
        if (!f.byOperation().isEmpty()) {
            OperationFigures largest = f.byOperation().get(0);
            t.row().text(w.text("summary.largest")).integer(largest.total())
                    .text(largest.name() == null || largest.name().equals(largest.acronym()) ? largest.acronym()
                            : w.text("summary.largestNote", largest.acronym(), lang.operation(largest.acronym(), largest.name())));
        }
        YearAgo ago = f.yearAgo();
        if (ago == null) {
            t.row().text(w.text("summary.yearAgoTotal")).blank().text(w.text("summary.yearAgoMissing"));
        } else {
            String then = w.month(ago.month());
            t.row().text(w.text("summary.yearAgoTotal")).integer(ago.total()).text(then);
            t.row().text(w.text("summary.change")).signedInteger(ago.change()).text(then);
            t.row().text(w.text("summary.changeShare")).signedShare(ago.changeShare()).text(then);
        }
        t.row().text(w.text("summary.unTotal")).integer(f.unTotal());
        t.row().text(w.text("summary.unShare")).share(f.unWomenShare());
        FatalityFigures lost = f.fatalities();
        t.row().text(w.text("summary.fatalities")).integer(lost.total())
                .text(w.text("summary.fatalitiesNote", w.isoDate(lost.dataAsOf())));
        t.row().text(w.text("summary.fatalitiesUniformed")).integer(lost.uniformed());
        ActionPlan shown = f.planInForce() != null ? f.planInForce()
                : f.plans().isEmpty() ? null : f.plans().get(f.plans().size() - 1);
        t.row().text(w.text("summary.plan")).text(w.text("plan." + f.planStatus().name()))
                .text(shown == null ? w.text("summary.planNone") : describe(shown));
        t.finish();
    }

    private void byType() {
        SheetTable t = sheet("sheet.types");
        t.title(w.text("types.title", name, month));
        if (f.noPersonnel()) {
            t.sentence(w.text("types.none", inTextFirst, month, nameNumber));
            t.finish();
            return;
        }
        t.header(w.columns("types.head"));
        for (TypeFigures type : f.byType()) {
            t.row().text(lang.type(type.type())).integer(type.men()).integer(type.women()).integer(type.total())
                    .share(type.womenShare());
        }
        t.totalRow().text(w.text("types.total")).integer(f.men()).integer(f.women()).integer(f.total())
                .share(f.womenShare());
        String sheetName = t.sheet().name();
        int header = t.headerRowIndex();
        List<SheetChart.Series> series = f.genderReported()
                ? List.of(new SheetChart.Series(new CellReference(sheetName, header, 1, true, true), t.dataColumn(1), SheetChart.DARK),
                          new SheetChart.Series(new CellReference(sheetName, header, 2, true, true), t.dataColumn(2), SheetChart.LIGHT))
                : List.of(new SheetChart.Series(new CellReference(sheetName, header, 3, true, true), t.dataColumn(3), SheetChart.DARK));
        int top = t.nextRowIndex() + 1;
        SheetChart.stackedColumns(t.sheet(), new SheetChart.Place(0, top, 6, top + 18),
                w.text("types.chart", month), t.dataColumn(0), series, w);
        t.finish();
    }

    private void parity() {
        SheetTable t = sheet("sheet.parity");
        t.title(w.text("parity.title", name, month));
        if (f.noPersonnel()) {
            t.sentence(w.text("parity.none", inTextFirst, month, nameNumber));
        }
        t.header(w.columns("parity.head"));
        for (ParityFigures p : f.parity()) {
            t.row().text(lang.term(p.category())).text(labels(lang, p.types())).integer(p.women()).integer(p.total())
                    .share(p.womenShare()).year(p.targetYear()).share(p.target())
                    .flag(p.met() == null ? null : w.text(p.met() ? "parity.met" : "parity.missed"))
                    .year(p.endYear()).share(p.endTarget());
        }
        t.finish();
    }

    private void deployments() {
        SheetTable t = sheet("sheet.deployments");
        t.title(w.text("deployments.title", name, month));
        if (f.noPersonnel()) {
            t.sentence(w.text("deployments.none", inTextFirst, month, nameNumber));
        } else if (!f.operationBreakdown() || f.byOperation().isEmpty()) {
            t.sentence(w.text("deployments.noBreakdown", inText, month));
        } else {
            t.header(w.columns("deployments.head"));
            for (OperationFigures op : f.byOperation()) {
                for (TypeFigures type : op.byType()) {
                    if (type.total() > 0) {
                        t.row().text(op.acronym()).text(lang.operation(op.acronym(), op.name())).text(lang.place(op.acronym(), op.location()))
                                .text(lang.type(type.type()))
                                .integer(type.men()).integer(type.women()).integer(type.total())
                                .share(type.womenShare());
                    }
                }
            }
            t.totalRow().text(w.text("deployments.total")).blank().blank().blank()
                    .integer(f.men()).integer(f.women()).integer(f.total()).share(f.womenShare());
        }
        t.finish();
    }

    private void series() {
        SheetTable t = sheet("sheet.series");
        String first = w.month(f.dataFirst());
        t.title(w.text("series.title", name, first, month));
        if (f.series().stream().noneMatch(p -> p.reported() && p.total() > 0)) {
            t.sentence(w.text("series.none", inTextFirst, first, month, nameNumber));
            t.finish();
            return;
        }
        t.header(w.columns("series.head"));
        boolean anyWomen = false;
        for (SeriesPoint p : f.series()) {
            SheetRow row = t.row().month(p.month());
            if (!p.reported()) {
                for (int i = 0; i < 2 + PersonnelType.values().length; i++) {
                    row.blank();
                }
                row.text(w.text("series.notReported"));
                continue;
            }
            row.integer(p.total()).integer(p.women());
            p.byType().forEach(row::integer);
            row.text(p.women() == null ? w.text("series.noGender") : null);
            anyWomen |= p.women() != null;
        }
        String sheetName = t.sheet().name();
        int header = t.headerRowIndex();
        List<SheetChart.Series> lines = new ArrayList<>();
        lines.add(new SheetChart.Series(new CellReference(sheetName, header, 1, true, true), t.dataColumn(1), SheetChart.DARK));
        if (anyWomen) {
            lines.add(new SheetChart.Series(new CellReference(sheetName, header, 2, true, true), t.dataColumn(2), SheetChart.LIGHT));
        }
        int right = t.columnCount() + 1;
        SheetChart.linesOverMonths(t.sheet(), new SheetChart.Place(right, header, right + 12, header + 22),
                w.text("series.chart"), t.dataColumn(0), lines, w);
        t.finish();
    }

    private void plans() {
        SheetTable t = sheet("sheet.plans");
        t.title(w.text("plans.title", name));
        if (f.plans().isEmpty()) {
            t.sentence(w.text("plans.none", inText));
            t.finish();
            return;
        }
        t.header(w.columns("plans.head", Integer.toString(f.month().getYear())));
        for (ActionPlan plan : f.plans()) {
            String status = plan.equals(f.planInForce()) ? w.text("plan." + f.planStatus().name()) : null;
            if (plan.focusAreas().isEmpty()) {
                t.row().integer(plan.number()).year(plan.startYear()).year(plan.endYear()).text(status)
                        .text(plan.title()).blank().blank().link(plan.sourceUrl()).text(plan.sourceNote());
            }
            for (FocusArea area : plan.focusAreas()) {
                t.row().integer(plan.number()).year(plan.startYear()).year(plan.endYear()).text(status)
                        .text(plan.title()).integer(area.number()).text(area.title())
                        .link(area.sourceUrl() != null ? area.sourceUrl() : plan.sourceUrl())
                        .text(plan.sourceNote());
            }
        }
        t.finish();
    }

    private void fatalities() {
        SheetTable t = sheet("sheet.fatalities");
        FatalityFigures lost = f.fatalities();
        if (lost.total() == 0) {
            t.title(w.text("fatalities.heading", name));
            t.sentence(w.text("fatalities.none", inText, w.isoDate(lost.dataAsOf())));
            t.finish();
            return;
        }
        t.title(w.text("fatalities.title", name, String.valueOf(lost.firstYear()), String.valueOf(lost.lastYear()),
                w.isoDate(lost.dataAsOf())));
        t.header(w.columns("fatalities.head"));
        String all = w.text("fatalities.all");
        t.row().text(all).text(w.text("fatalities.allNationals")).integer(lost.total());
        t.row().text(all).text(w.text("fatalities.uniformed")).integer(lost.uniformed());
        t.row().text(all).text(w.text("fatalities.civilian")).integer(lost.civilian());
        counts(t, w.text("fatalities.category"), lost.byCategory());
        counts(t, w.text("fatalities.incident"), lost.byIncident());
        counts(t, w.text("fatalities.operation"), lost.byOperation());
        counts(t, w.text("fatalities.decade"), lost.byDecade());
        t.finish();
    }

    private void counts(SheetTable t, String breakdown, List<FatalityFigures.Count> counts) {
        for (FatalityFigures.Count c : counts) {
            t.row().text(breakdown).text(lang.term(c.label())).integer(c.count());
        }
    }

    private String describe(ActionPlan plan) {
        String years = plan.startYear() == null ? "" : plan.endYear() == null ? plan.startYear() + "–"
                : plan.startYear() + "–" + plan.endYear();
        String title = plan.title() == null ? "" : plan.title();
        if (years.isEmpty()) {
            return title;
        }
        return plan.number() == null ? w.text("plan.describeUnnumbered", years, title)
                : w.text("plan.describe", plan.number().toString(), years, title);
    }

    /** The personnel types a target or category covers, as a reader of the language says them. */
    static String labels(Language lang, List<PersonnelType> types) {
        return types.stream().map(lang::type).collect(Collectors.joining(", "));
    }

    /** "the Niger" as a sentence starts: "The Niger". */
    private static String sentenceStart(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder(text.length()).appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
