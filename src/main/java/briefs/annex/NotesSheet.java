package briefs.annex;

import briefs.model.DataSet;
import briefs.model.MonthNote;
import briefs.model.ParityTarget;
import briefs.model.PersonnelType;
import briefs.model.Source;
import briefs.render.Language;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The last sheet of an annex: where the figures come from, what its terms mean, the parity
 * targets, which months the data lacks or has without a split, and the notes users wrote about
 * the country. Only the notes differ from one country to the next.
 */
final class NotesSheet {
    private final AnnexWording w;
    private final Language lang;
    private final DataSet data;

    NotesSheet(AnnexWording wording, Language lang, DataSet data) {
        this.w = wording;
        this.lang = lang;
        this.data = data;
    }

    void fill(SheetTable t, String name, List<String> countryNotes) {
        t.title(w.text("notes.title", name));
        t.header(w.columns("notes.head"));
        String source = w.text("notes.source");
        for (Source s : data.sources()) {
            String publisher = lang.source(s.id(), "publisher", s.publisher());
            String note = lang.source(s.id(), "note", s.note());
            SheetRow row = t.row().text(source).text(lang.source(s.id(), "title", s.title()))
                    .text(note == null || note.isBlank() ? publisher : publisher + ". " + note)
                    .blank().blank();
            asOf(row, s.asOf()).link(s.url());
        }
        String definition = w.text("notes.definition");
        for (PersonnelType type : PersonnelType.values()) {
            t.row().text(definition).text(lang.type(type)).text(w.text("definition." + type.name()));
        }
        t.row().text(definition).text(w.text("definition.shareTerm")).text(w.text("definition.share"));
        t.row().text(definition).text(w.text("definition.rankTerm")).text(w.text("definition.rank"));
        t.row().text(definition).text(w.text("definition.smallTerm")).text(w.text("definition.small"));
        t.row().text(definition).text(w.text("definition.deathsTerm")).text(w.text("definition.deaths"));
        String target = w.text("notes.target");
        for (ParityTarget p : data.parityTargets()) {
            t.row().text(target).text(lang.term(p.category())).text(AnnexLayout.labels(lang, p.appliesTo()) + ". " + lang.targetSource(p.source()))
                    .year(p.year()).share(p.share());
        }
        String coverage = w.text("notes.coverage");
        t.row().text(coverage).text(w.text("notes.months"))
                .text(w.text("notes.monthsDetail", w.month(data.first()), w.month(data.last())));
        for (MonthNote m : data.missingMonths()) {
            t.row().text(coverage).text(w.text("notes.missing")).text(lang.monthNote(m.note())).blank().blank().month(m.month());
        }
        for (MonthNote m : data.monthsWithoutGender()) {
            t.row().text(coverage).text(w.text("notes.noGender")).text(lang.monthNote(m.note())).blank().blank().month(m.month());
        }
        t.row().text(coverage).text(w.text("notes.noOperations")).text(ranges(data.monthsWithoutOperations()));
        String note = w.text("notes.note");
        for (String n : countryNotes) {
            t.row().text(note).text(w.text("notes.countryNote", name)).text(n);
        }
        t.finish();
    }

    /** An ISO date becomes a real date cell; anything else the source wrote stays text. */
    private static SheetRow asOf(SheetRow row, String asOf) {
        if (asOf == null) {
            return row.blank();
        }
        try {
            return row.date(LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            return row.text(asOf);
        }
    }

    /** Months as short ranges: "Mar 2018 to Aug 2019, Aug 2020". */
    private String ranges(List<YearMonth> months) {
        if (months.isEmpty()) {
            return w.text("notes.none");
        }
        List<String> parts = new ArrayList<>();
        YearMonth start = months.get(0);
        YearMonth end = start;
        for (YearMonth m : months.subList(1, months.size())) {
            if (m.equals(end.plusMonths(1))) {
                end = m;
            } else {
                parts.add(range(start, end));
                start = m;
                end = m;
            }
        }
        parts.add(range(start, end));
        return String.join(", ", parts);
    }

    private String range(YearMonth start, YearMonth end) {
        return start.equals(end) ? w.shortMonth(start)
                : w.text("notes.monthsDetail", w.shortMonth(start), w.shortMonth(end));
    }
}
