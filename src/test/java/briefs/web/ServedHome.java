package briefs.web;

import briefs.files.TreeCopy;
import briefs.produce.Folders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away briefs home for a server under test: the bundled reference files, a few bundled
 * countries (or all), the bundled templates, and an empty output folder; the server on a free
 * loopback port.
 */
final class ServedHome implements AutoCloseable {
    static final Path BUNDLED_DATA = Path.of("data");
    static final Path BUNDLED_TEMPLATES = Path.of("templates");
    static final List<String> FEW = List.of("NOR", "SWE", "ISL", "CIV", "NPL", "FRA");

    final Path data;
    final Path out;
    final Folders folders;
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final WebServer server;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServedHome(Path root, List<String> countries) throws IOException {
        this(root, countries, "127.0.0.1", null);
    }

    ServedHome(Path root, List<String> countries, String host, String token) throws IOException {
        this(root, countries, host, token, BUNDLED_TEMPLATES.toAbsolutePath());
    }

    /** A home with a copy of the bundled templates of its own, in {@code templates}, to edit while it serves. */
    static ServedHome withOwnTemplates(Path root, List<String> countries) throws IOException {
        Path templates = root.resolve("templates");
        TreeCopy.copy(BUNDLED_TEMPLATES, templates);
        return new ServedHome(root, countries, "127.0.0.1", null, templates);
    }

    private ServedHome(Path root, List<String> countries, String host, String token, Path templates) throws IOException {
        this.data = root.resolve("data");
        this.out = root.resolve("out");
        TreeCopy.copy(BUNDLED_DATA.resolve("reference"), data.resolve("reference"));
        Files.createDirectories(data.resolve("countries"));
        for (String iso3 : countries) {
            Files.copy(BUNDLED_DATA.resolve("countries/" + iso3 + ".json"), countryFile(iso3));
        }
        this.folders = new Folders(data, templates, out);
        this.server = WebServer.start(folders, Clock.systemDefaultZone(), host, 0, token,
                new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    static List<String> allBundled() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLED_DATA.resolve("countries"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, 3)).sorted().toList();
        }
    }

    Path countryFile(String iso3) {
        return data.resolve("countries").resolve(iso3 + ".json");
    }

    /** The server's address on loopback (also when it listens on every address). */
    URI at(String rawPathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + rawPathAndQuery);
    }

    HttpResponse<String> get(String rawPathAndQuery) {
        return send(HttpRequest.newBuilder(at(rawPathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String rawPathAndQuery) {
        return send(HttpRequest.newBuilder(at(rawPathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        http.close();
    }
}
