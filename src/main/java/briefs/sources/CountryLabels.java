package briefs.sources;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each printed row its country in the layouts that print a country's name once, vertically
 * centred on its rows (a merged cell). Works per operation and page: the rows are split, in
 * order, into one run per name so that each name lies as near as possible to the middle of its
 * run, and within a run the personnel types go in the report's alphabetical order. Rows at the
 * top of a page before any name continue the country of the page before. A name that wraps onto
 * two lines is joined first.
 */
final class CountryLabels {
    /** Lines of one wrapped name are about 10 pt apart; names of different countries at least 21. */
    private static final float WRAPPED = 13f;
    /** Beyond this a name is not on its rows (UN reports put it within 0.1 pt, 14 pt at worst). */
    private static final float FAR = 16f;

    private record Pending(String mission, int page, ReportText.Line line, String type, List<Integer> numbers) {
    }

    private record Label(String text, float y, ReportText.Line line) {
    }

    private final String file;
    private final List<Pending> rows = new ArrayList<>();
    private final List<Label> fragments = new ArrayList<>();
    private final List<ReportRow> done = new ArrayList<>();
    private String carry;
    private String carryType;

    CountryLabels(String file) {
        this.file = file;
    }

    void row(String mission, int page, ReportText.Line line, String inlineCountry, float countryY, String type,
             List<Integer> numbers) {
        if (mission == null) {
            throw new BadInputException(new Problem(file, line.where(), "a row before any operation: \"" + line.text() + "\""));
        }
        rows.add(new Pending(mission, page, line, ReportTable.type(file, line, type), numbers));
        if (inlineCountry != null) {
            fragments.add(new Label(inlineCountry, countryY, line));
        }
    }

    void label(int page, ReportText.Line line, String text, float y) {
        fragments.add(new Label(text, y, line));
    }

    /** A page ended: its rows are assigned; the last country may continue on the next page. */
    void endPage() {
        resolve();
    }

    /** An operation ended: nothing continues into the next one. */
    void endMission(String mission) {
        resolve();
        carry = null;
        carryType = null;
    }

    List<ReportRow> take() {
        List<ReportRow> out = List.copyOf(done);
        done.clear();
        return out;
    }

    private void resolve() {
        if (rows.isEmpty()) {
            if (!fragments.isEmpty()) {
                Label l = fragments.get(0);
                throw new BadInputException(new Problem(file, l.line().where(), "a country name with no rows: \"" + l.text() + "\""));
            }
            return;
        }
        List<Label> labels = merged();
        int n = rows.size();
        String[] country = countries(labels, assignment(labels));
        for (int r = 0; r < n; r++) {
            Pending p = rows.get(r);
            String name = country[r] != null ? country[r] : carry;
            done.add(new ReportRow(p.mission(), name, p.type(), p.numbers().get(0), p.numbers().get(1),
                    p.numbers().get(2), p.line().where()));
        }
        carry = done.get(done.size() - 1).country();
        carryType = rows.get(n - 1).type();
        rows.clear();
        fragments.clear();
    }

    /**
     * The best split of the rows among the names, by dynamic programming: {@code from[k][j]} is the
     * first row of name k when its rows end before row j.
     */
    private int[][] assignment(List<Label> labels) {
        int n = rows.size();
        int m = labels.size();
        // cost[k][j]: best total distance with the first j rows given to the carried country and labels 1..k
        double[][] cost = new double[m + 1][n + 1];
        int[][] from = new int[m + 1][n + 1];
        for (double[] r : cost) {
            java.util.Arrays.fill(r, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int j = 1; j <= n && carry != null && inOrder(0, j, carryType); j++) {
            cost[0][j] = 0;
        }
        for (int k = 1; k <= m; k++) {
            float y = labels.get(k - 1).y();
            for (int j = 1; j <= n; j++) {
                for (int i = j - 1; i >= 0 && inOrder(i, j, null); i--) {
                    double c = cost[k - 1][i] + Math.abs((rows.get(i).line().y() + rows.get(j - 1).line().y()) / 2 - y);
                    if (c < cost[k][j]) {
                        cost[k][j] = c;
                        from[k][j] = i;
                    }
                }
            }
        }
        if (Double.isInfinite(cost[m][n])) {
            Pending first = rows.get(0);
            throw new BadInputException(new Problem(file, first.line().where(), m == 0
                    ? "rows with no country name: \"" + first.line().text() + "\""
                    : "the rows on this page cannot be matched to its country names in the report's order of personnel types"));
        }
        return from;
    }

    /** Each row's country name, read back from the best split (null for rows of the carried country). */
    private String[] countries(List<Label> labels, int[][] from) {
        int n = rows.size();
        int m = labels.size();
        String[] country = new String[n];
        for (int k = m, j = n; k >= 1; k--) {
            int i = from[k][j];
            Label label = labels.get(k - 1);
            float centre = (rows.get(i).line().y() + rows.get(j - 1).line().y()) / 2;
            if (Math.abs(centre - label.y()) > FAR) {
                throw new BadInputException(new Problem(file, label.line().where(), "the country name \"" + label.text()
                        + "\" is not beside its rows (" + Math.round(Math.abs(centre - label.y())) + " pt away)"));
            }
            for (int r = i; r < j; r++) {
                country[r] = label.text();
            }
            j = i;
        }
        return country;
    }

    /** Rows i..j-1 are one country's: personnel types strictly in order, after {@code after} when it continues. */
    private boolean inOrder(int i, int j, String after) {
        String previous = after;
        for (int r = i; r < j; r++) {
            String t = rows.get(r).type();
            if (previous != null && t.compareTo(previous) <= 0) {
                return false;
            }
            previous = t;
        }
        return true;
    }

    private List<Label> merged() {
        List<Label> sorted = new ArrayList<>(fragments);
        sorted.sort(java.util.Comparator.comparingDouble(Label::y));
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            Label first = sorted.get(i);
            StringBuilder text = new StringBuilder(first.text());
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).y() - sorted.get(j - 1).y() < WRAPPED) {
                text.append(' ').append(sorted.get(j).text());
                j++;
            }
            float y = (first.y() + sorted.get(j - 1).y()) / 2;
            out.add(new Label(text.toString(), y, first.line()));
            i = j;
        }
        return out;
    }
}
