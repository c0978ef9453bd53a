package briefs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Answers {@code --version} from {@code briefs/version.properties}, which Maven fills in at build time. */
final class Version implements IVersionProvider {
    static final String RESOURCE = "/briefs/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"briefs " + number()};
    }

    static String number() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: the build did not run");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
