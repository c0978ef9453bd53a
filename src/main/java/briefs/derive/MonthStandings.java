package briefs.derive;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A month's ranks, contributors and UN-wide totals from what each country reported that month. */
final class MonthStandings {
    private MonthStandings() {
    }

    /** One country's total and women (null when not reported) in a month, from the files read or the index. */
    record Reported(String iso3, int total, Integer women) {
    }

    static SetFigures.Standing of(YearMonth month, List<Reported> listed) {
        List<Map.Entry<String, Integer>> totals = new ArrayList<>();
        int unTotal = 0;
        int unWomen = 0;
        boolean gender = true;
        for (Reported row : listed) {
            unTotal += row.total();
            if (row.women() != null) {
                unWomen += row.women();
            } else {
                gender = false;
            }
            // Contributors are countries with at least one person deployed: the reports list a few
            // with zeros (Papua New Guinea in 2022-01), which neither contribute nor rank. Dropping
            // them leaves the UN's ranks of the others unchanged.
            if (row.total() > 0) {
                totals.add(Map.entry(row.iso3(), row.total()));
            }
        }
        totals.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        // Ties share a rank and the next rank skips, as the UN ranks: 75, 75, 75, 78.
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < totals.size(); i++) {
            int rank = i > 0 && totals.get(i).getValue().equals(totals.get(i - 1).getValue())
                    ? ranks.get(totals.get(i - 1).getKey()) : i + 1;
            ranks.put(totals.get(i).getKey(), rank);
        }
        return new SetFigures.Standing(month, Map.copyOf(ranks), totals.size(), unTotal, gender ? unWomen : null);
    }
}
