package briefs.derive;

import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import java.nio.file.Path;

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
}
