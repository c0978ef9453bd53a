package briefs.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the server answers: every response has its content type, no sniffing, no framing and a
 * Content-Security-Policy that lets a page load only its own stylesheet, script and images.
 */
final class Reply {
    /** Pages: own files only, no inline script or style, forms post only here. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** JFreeSVG writes its styles as attributes; an SVG runs no script and loads nothing. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    static final String HTML = "text/html; charset=utf-8";
    static final String PLAIN = "text/plain; charset=utf-8";

    private Reply() {
    }

    static void text(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers h = common(exchange, contentType, contentType.startsWith("image/svg") ? SVG_POLICY : PAGE_POLICY);
        h.set("Cache-Control", "no-store");
        send(exchange, status, bytes);
    }

    /** A file as a download, saved under {@code downloadName} (RFC 6266: ASCII fallback and UTF-8 name). */
    static void download(HttpExchange exchange, Path file, String contentType, String downloadName) throws IOException {
        Headers h = common(exchange, contentType, PAGE_POLICY);
        h.set("Content-Disposition", disposition(downloadName));
        h.set("Cache-Control", "private, no-cache");
        long size = Files.size(file);
        exchange.sendResponseHeaders(200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : size);
        if (!"HEAD".equals(exchange.getRequestMethod())) {
            try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
        exchange.close();
    }

    /** A stylesheet or script of the templates folder, shown in the page, not saved. */
    static void asset(HttpExchange exchange, Path file, String contentType) throws IOException {
        Headers h = common(exchange, contentType, PAGE_POLICY);
        h.set("Cache-Control", "no-cache");
        send(exchange, 200, Files.readAllBytes(file));
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        Headers h = common(exchange, HTML, PAGE_POLICY);
        h.set("Location", location);
        exchange.sendResponseHeaders(303, -1);
        exchange.close();
    }

    /** {@code attachment; filename="Cote d'Ivoire ....pdf"; filename*=UTF-8''C%C3%B4te...}. */
    static String disposition(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replace('’', '\'').replace('–', '-')
                .replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "'");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static Headers common(HttpExchange exchange, String contentType, String policy) {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("X-Content-Type-Options", "nosniff");
        // Addresses carry a month and a country, never a token (it becomes a cookie): same-origin is safe.
        h.set("Referrer-Policy", "same-origin");
        h.set("Content-Security-Policy", policy);
        return h;
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
