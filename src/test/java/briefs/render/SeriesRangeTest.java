package briefs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jfree.data.Range;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * The line charts' value axis ranges over the same values as JFreeChart's own collection finds:
 * over every month or some, with months missing from the middle, values missing (a month without
 * a gender split), and a range that takes in no month at all.
 */
class SeriesRangeTest {
    @Test
    void theValueRangeOfEveryPartOfTheSeriesIsJFreeChartsOwn() {
        Random random = new Random(1325);
        int compared = 0;
        for (int round = 0; round < 200; round++) {
            TimeSeriesCollection theirs = new TimeSeriesCollection();
            TimeSeriesCollection ours = new SeriesChart.PeggedMonths();
            List<String> keys = new ArrayList<>();
            for (String key : new String[] {"All personnel", "Women"}) {
                TimeSeries a = new TimeSeries(key);
                TimeSeries b = new TimeSeries(key);
                Month month = new Month(1, 2015);
                for (int i = 0, n = random.nextInt(130); i < n; i++) {
                    month = (Month) month.next();
                    if (random.nextInt(10) == 0) {
                        continue; // a month the UN reports lack
                    }
                    Integer value = random.nextInt(6) == 0 ? null : random.nextInt(7000);
                    a.add(month, value);
                    b.add(new Month(month.getMonth(), month.getYearValue()), value);
                }
                theirs.addSeries(a);
                ours.addSeries(b);
                if (random.nextBoolean() || keys.isEmpty()) {
                    keys.add(key);
                }
            }
            long first = new Month(1, 2015).getFirstMillisecond();
            long last = new Month(12, 2026).getFirstMillisecond();
            for (int r = 0; r < 10; r++) {
                long from = first + (long) (random.nextDouble() * (last - first));
                long to = r == 0 ? last : from + (long) (random.nextDouble() * (last - from));
                // On a month's first millisecond exactly, half the time: the edges count.
                if (r % 2 == 1) {
                    from = new Month(new java.util.Date(from)).getFirstMillisecond();
                }
                Range x = new Range(from, to);
                assertEquals(theirs.getRangeBounds(keys, x, true), ours.getRangeBounds(keys, x, true), keys + " " + x);
                compared++;
            }
        }
        assertEquals(2000, compared);
    }
}
