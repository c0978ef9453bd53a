package briefs.derive;

import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/** The bundled data folder, loaded once for all tests of a run. */
public final class BundledData {
    public static final Path DIR = Path.of("data");

    private static final class Holder {
        static final LoadedData DATA = DataDirectory.load(DIR);
        static final SetFigures CONTRIBUTORS = SetFigures.of(DATA);
    }

    private BundledData() {
    }

    public static LoadedData data() {
        return Holder.DATA;
    }

    public static SetFigures contributors() {
        return Holder.CONTRIBUTORS;
    }

    /** Every UN member state's figures for {@code month}: the set {@code briefs all} makes by default. */
    public static List<CountryFigures> members(YearMonth month) {
        SetFigures c = contributors();
        return c.countries().stream().filter(country -> country.unMember())
                .map(country -> c.figures(country.iso3(), month)).toList();
    }
}
