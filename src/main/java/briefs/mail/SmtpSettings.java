package briefs.mail;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where and how messages are sent. Read from environment variables and an optional properties
 * file, never from the command line: a password given as an argument ends up in the shell
 * history and in every process listing.
 *
 * <p>Each setting has a key in the file ({@code host}) and an environment variable
 * ({@code BRIEFS_SMTP_HOST}); the variable wins over the file, so a shared file can hold the
 * server and each user's environment the password.
 *
 * @param attempts   how many times one message is tried before it is reported as failed
 * @param firstDelay the wait before the second attempt; each further wait doubles
 * @param timeout    connect, read and write timeout of the SMTP connection
 */
public record SmtpSettings(String host, int port, Security security, String user, String password, String from,
                           int attempts, Duration firstDelay, Duration timeout) {

    /** How the connection is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which the server must offer (port 587). */
        STARTTLS,
        /** TLS from the first byte, "SMTPS" (port 465). */
        TLS,
        /** No encryption: only for a relay on the same machine or a test server; refuses a password. */
        NONE
    }

    /** The environment variable of a key: {@code retry.delay.ms} is {@code BRIEFS_SMTP_RETRY_DELAY_MS}. */
    public static String variable(String key) {
        return "BRIEFS_SMTP_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    static final List<String> KEYS = List.of("host", "port", "security", "user", "password", "from",
            "attempts", "retry.delay.ms", "timeout.ms");

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port is not 1 to 65535: " + port);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts < 1: " + attempts);
        }
        if (firstDelay.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("firstDelay < 0 or timeout <= 0: " + firstDelay + ", " + timeout);
        }
    }

    /**
     * Reads the settings. Every problem is reported at once, naming the file key or variable.
     *
     * @param environment the process environment ({@code System.getenv()})
     * @param configFile  a properties file, or null
     * @param warnings    receives warnings (a file that others can read)
     */
    public static SmtpSettings read(Map<String, String> environment, Path configFile, List<String> warnings) {
        Properties file = configFile == null ? new Properties() : load(configFile, warnings);
        String source = configFile == null ? "SMTP settings" : configFile.toString();
        for (String name : file.stringPropertyNames()) {
            if (!KEYS.contains(name)) {
                throw new BadInputException(new Problem(source, name, "unknown setting; the settings are "
                        + String.join(", ", KEYS)));
            }
        }
        Values values = new Values(environment, file, source);
        String host = values.get("host");
        String from = values.get("from");
        String user = values.get("user");
        String password = values.get("password");
        Security security = values.security();
        int port = values.integer("port", switch (security) {
            case STARTTLS -> 587;
            case TLS -> 465;
            case NONE -> 25;
        });
        int attempts = values.integer("attempts", 4);
        long delayMs = values.integer("retry.delay.ms", 2000);
        long timeoutMs = values.integer("timeout.ms", 30_000);
        if (host == null) {
            values.problem("host", "is required: the SMTP server's name");
        }
        if (from == null) {
            values.problem("from", "is required: the sender's address, e.g. briefs@example.org");
        } else if (JakartaMail.addressProblem(from) != null) {
            values.problem("from", JakartaMail.addressProblem(from));
        }
        if (user != null && password == null) {
            values.problem("password", "is required when a user is set");
        }
        if (password != null && security == Security.NONE) {
            values.problem("security", "is none, which would send the password unencrypted; use starttls or tls");
        }
        if (port < 1 || port > 65535) {
            values.problem("port", "is " + port + "; expected 1 to 65535");
        }
        if (attempts < 1 || attempts > 10) {
            values.problem("attempts", "is " + attempts + "; expected 1 to 10");
        }
        if (delayMs < 0 || timeoutMs < 1) {
            values.problem(delayMs < 0 ? "retry.delay.ms" : "timeout.ms", "must be positive");
        }
        if (!values.problems.isEmpty()) {
            throw new BadInputException(values.problems);
        }
        return new SmtpSettings(host, port, security, user, password, from, attempts, Duration.ofMillis(delayMs),
                Duration.ofMillis(timeoutMs));
    }

    /**
     * The sender alone, for drafts: {@code from} from the environment or the file, or null when
     * neither sets it (the mail program fills it in). The rest of the settings is not needed and
     * not checked.
     */
    public static String draftSender(Map<String, String> environment, Path configFile, List<String> warnings) {
        Properties file = configFile == null ? new Properties() : load(configFile, warnings);
        String from = new Values(environment, file, configFile == null ? "SMTP settings" : configFile.toString())
                .get("from");
        if (from != null && JakartaMail.addressProblem(from) != null) {
            throw new BadInputException(new Problem(configFile == null ? variable("from") : configFile.toString(),
                    "from", JakartaMail.addressProblem(from)));
        }
        return from;
    }

    /** Never prints the password: settings end up in messages and logs. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security.name().toLowerCase(Locale.ROOT)
                + (user == null ? "" : ", user " + user) + ", from " + from + ", " + attempts + " attempts]";
    }

    private static Properties load(Path file, List<String> warnings) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new BadInputException(new Problem(file.toString(), "", "not found (the SMTP settings file)"), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(new Problem(file.toString(), "", "cannot be read as a properties file: "
                    + e.getMessage()), e);
        }
        if (properties.getProperty("password") != null && readableByOthers(file)) {
            warnings.add(file + " holds a password and other users can read it (chmod 600 " + file.getFileName() + ")");
        }
        return properties;
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not a POSIX file system: nothing to say
        }
    }

    /** Looks a key up in the environment, then the file, collecting problems as it goes. */
    private static final class Values {
        final Map<String, String> environment;
        final Properties file;
        final String source;
        final List<Problem> problems = new ArrayList<>();

        Values(Map<String, String> environment, Properties file, String source) {
            this.environment = environment;
            this.file = file;
            this.source = source;
        }

        String get(String key) {
            String v = environment.get(variable(key));
            if (v == null || v.isBlank()) {
                v = file.getProperty(key);
            }
            return v == null || v.isBlank() ? null : v.strip();
        }

        int integer(String key, int fallback) {
            String v = get(key);
            if (v == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                problem(key, "is \"" + v + "\"; expected a whole number");
                return fallback;
            }
        }

        Security security() {
            String v = get("security");
            if (v == null) {
                return Security.STARTTLS;
            }
            try {
                return Security.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("security", "is \"" + v + "\"; expected starttls, tls or none");
                return Security.STARTTLS;
            }
        }

        void problem(String key, String message) {
            problems.add(new Problem(source, key + " (or " + variable(key) + ")", message));
        }
    }
}
