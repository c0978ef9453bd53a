package briefs.web;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Who may use the page. On a loopback address only this machine's users reach it, so no token;
 * on any other, every request must carry the token: {@code Authorization: Bearer T}, the cookie
 * the page sets, or {@code ?token=T} once in the first link (the page then sets the cookie).
 */
final class Access {
    static final String COOKIE = "briefs_token";

    private final byte[] token;

    private Access(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The rule for a server bound to {@code host}.
     *
     * @throws IllegalArgumentException when the host is not loopback and no token is given
     */
    static Access forHost(InetAddress host, String token) {
        if (token != null && !token.matches("[A-Za-z0-9._~-]{16,}")) {
            throw new IllegalArgumentException("the token must have 16 or more letters, digits or . _ ~ -");
        }
        if (host.isLoopbackAddress()) {
            return new Access(token);
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("listening on " + host.getHostAddress()
                    + " (not loopback) needs a token: --token or the BRIEFS_TOKEN environment variable");
        }
        return new Access(token);
    }

    boolean needsToken() {
        return token != null;
    }

    /** True when the request may go on. */
    boolean allows(HttpExchange exchange) {
        if (token == null) {
            return true;
        }
        return matches(bearer(exchange)) || matches(cookie(exchange)) || matches(fromQuery(exchange));
    }

    /** The token given in the query, which the page turns into a cookie; null when none. */
    static String fromQuery(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) {
                return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private boolean matches(String given) {
        // Constant time: a wrong guess says nothing about how much of it was right.
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        return auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : null;
    }

    private static String cookie(HttpExchange exchange) {
        List<String> headers = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : headers) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith(COOKIE + "=")) {
                    return p.substring(COOKIE.length() + 1);
                }
            }
        }
        return null;
    }
}
