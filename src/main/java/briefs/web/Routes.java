package briefs.web;

import briefs.model.BadInputException;
import briefs.produce.BadChoice;
import briefs.produce.ServedOutputs;
import briefs.render.BriefFormat;
import briefs.render.Language;
import briefs.produce.ServedOutputs.Part;
import briefs.produce.Session;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages and files of the server, by path. Every path is decoded and checked segment by
 * segment before it is matched: a {@code ..}, a slash or backslash inside a segment (as
 * {@code %2F}, {@code %5C}, {@code %2E%2E}) or a control character is a 404, so nothing outside
 * the output folder and the stylesheets and scripts of {@code templates/web/} can be named.
 */
final class Routes {
    /** The names {@code all} gives the set's files (in French {@code -fr}); nothing else of the output folder is listed. */
    private static final Pattern SET_FILE = Pattern.compile("(index|overview)-\\d{4}-\\d{2}(-[a-z]{2,3})?\\.(xlsx|pdf)");
    private static final Pattern ASSET = Pattern.compile("[a-z-]+\\.(css|js)");

    private final ServedOutputs outputs;
    private final Pages pages = new Pages();
    private final BulkJob bulk = new BulkJob();
    private final PrintStream log;
    private final JsonMapper json = JsonMapper.builder().build();

    Routes(ServedOutputs outputs, PrintStream log) {
        this.outputs = outputs;
        this.log = log;
    }

    void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange, segments(exchange.getRequestURI().getRawPath()), query(exchange));
        } catch (NotFound e) {
            problem(exchange, 404, "Not found", e.getMessage());
        } catch (BadChoice e) {
            problem(exchange, 404, "Not found", e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.println("briefs serve: " + exchange.getRequestURI().getRawPath() + ": " + e);
            // The reason names folders of the server's machine: it goes to the operator's console only.
            problem(exchange, 500, "Could not be made",
                    "The server could not make this page or file. The other pages still work; the console of "
                            + "the person running briefs serve says why.");
        }
    }

    private void route(HttpExchange exchange, List<String> path, Map<String, String> query) throws IOException {
        String method = exchange.getRequestMethod();
        boolean post = "POST".equals(method);
        if (!post && !"GET".equals(method) && !"HEAD".equals(method)) {
            problem(exchange, 405, "Not allowed", method + " is not a method this server answers.");
            return;
        }
        if (post && !(path.equals(List.of("bulk")))) {
            throw new NotFound("Nothing here takes a form.");
        }
        YearMonth month = month(query.get("month"));
        ServedOutputs.Current now = outputs.current();
        Session session = now.session();
        if (path.size() >= 2 && "country".equals(path.get(0)) && !aCountryCode(path.get(1), session)) {
            // A country typed into the address as the command line takes it (/country/norway,
            // /country/UK, /country/UAE): sent on to its code's address, the rest of the path and
            // the query kept. Past this, every /country/ path names a country file by its code.
            Reply.redirect(exchange, canonical(path, session, exchange.getRequestURI().getRawQuery()));
            return;
        }
        Language lang = language(query.get("lang"), session);
        switch (path.size()) {
            case 0 -> page(exchange, 200, Pages.COUNTRIES, pages.countries(now, month, lang), session, lang.locale());
            case 1 -> single(exchange, path.get(0), session, post);
            case 2 -> pair(exchange, path, month, session, lang);
            case 3 -> {
                if (!"country".equals(path.get(0))) {
                    throw notFound(path);
                }
                download(exchange, path.get(1), path.get(2), month, session, lang);
            }
            case 4 -> chart(exchange, path, month, session, lang);
            default -> throw notFound(path);
        }
    }

    private void single(HttpExchange exchange, String name, Session session, boolean post) throws IOException {
        if (!"bulk".equals(name)) {
            throw notFound(List.of(name));
        }
        if (!post) {
            page(exchange, 200, Pages.BULK, pages.bulk(session, bulk.status(), null), session);
            return;
        }
        if (!sameOrigin(exchange)) {
            problem(exchange, 403, "Refused", "A bulk run can be started only from this server's own bulk page.");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readNBytes(64 * 1024),
                StandardCharsets.UTF_8));
        List<String> countries = Arrays.stream(form.getOrDefault("countries", "").split("[,;\\r\\n]+"))
                .filter(s -> !s.isBlank()).toList();
        String refused;
        try {
            String lang = form.getOrDefault("lang", "");
            refused = bulk.start(session, month(form.get("month")), countries, lang.isBlank() ? List.of() : List.of(lang),
                    Runtime.getRuntime().availableProcessors());
        } catch (BadChoice e) {
            refused = e.getMessage();
        }
        if (refused != null) {
            page(exchange, 409, Pages.BULK, pages.bulk(session, bulk.status(), refused), session);
        } else {
            Reply.redirect(exchange, "/bulk");
        }
    }

    /** The language asked for ({@code ?lang=fr}), English when none; one the templates lack is a 404 page. */
    private static Language language(String asked, Session session) {
        if (asked == null || asked.isBlank()) {
            return session.templates().language(Language.ENGLISH);
        }
        if (!session.templates().languages().contains(asked)) {
            throw new NotFound("The briefs are written in " + String.join(", ", session.templates().languages())
                    + ", not “" + asked + "”.");
        }
        return session.templates().language(asked);
    }

    private void pair(HttpExchange exchange, List<String> path, YearMonth month, Session session, Language lang)
            throws IOException {
        String first = path.get(0);
        String second = path.get(1);
        switch (first) {
            case "country" -> {
                // The page is made in the language asked for: its own words (web/words_<code>.ftl,
                // found by the locale), the brief's words on it and its charts.
                page(exchange, 200, Pages.COUNTRY, pages.country(session, second, month, lang), session,
                        lang.locale());
            }
            case "bulk" -> {
                if (!"status".equals(second)) {
                    throw notFound(path);
                }
                Reply.text(exchange, 200, "application/json; charset=utf-8", json.writeValueAsString(bulk.status()));
            }
            case "files" -> {
                Path file = outputs.folders().out().resolve(second);
                if (!SET_FILE.matcher(second).matches() || !Files.isRegularFile(file)) {
                    throw new NotFound("The output folder has no file “" + second + "”. A bulk run writes the index and overview.");
                }
                Reply.download(exchange, file, second.endsWith(".pdf") ? "application/pdf" : XLSX, second);
            }
            case "static" -> {
                Path file = outputs.folders().templates().resolve("web").resolve(second);
                if (!ASSET.matcher(second).matches() || !Files.isRegularFile(file)) {
                    throw notFound(path);
                }
                Reply.asset(exchange, file, second.endsWith(".css") ? "text/css; charset=utf-8"
                        : "text/javascript; charset=utf-8");
            }
            default -> throw notFound(path);
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** {@code /country/NOR/brief.pdf}, {@code annex.xlsx}, {@code mail.eml}, or {@code chart/by-type.svg}. */
    private void chart(HttpExchange exchange, List<String> path, YearMonth month, Session session, Language lang)
            throws IOException {
        if (!"country".equals(path.get(0)) || !"chart".equals(path.get(2)) || !path.get(3).endsWith(".svg")) {
            throw notFound(path);
        }
        String id = path.get(3).substring(0, path.get(3).length() - 4);
        Reply.text(exchange, 200, "image/svg+xml; charset=utf-8", pages.chart(session, path.get(1), month, id, lang));
    }

    private void download(HttpExchange exchange, String iso3, String name, YearMonth month, Session session,
                          Language lang) throws IOException {
        Part part = switch (name) {
            case "brief.pdf" -> Part.BRIEF;
            case "annex.xlsx" -> Part.ANNEX;
            case "mail.eml" -> Part.MAIL;
            default -> throw new NotFound("A country offers brief.pdf, annex.xlsx and mail.eml, not “" + name + "”.");
        };
        ServedOutputs.Served served = outputs.file(part, pages.figures(session, iso3, month), lang);
        String type = switch (part) {
            case BRIEF -> "application/pdf";
            case ANNEX -> XLSX;
            case MAIL -> "message/rfc822";
        };
        Reply.download(exchange, served.file(), type, served.downloadName());
    }

    /**
     * A page telling the reader what went wrong; as plain text when that page cannot be made
     * either (its templates edited into an error while serving), so the reader still gets an
     * answer and the console says why.
     */
    void problem(HttpExchange exchange, int status, String title, String message) throws IOException {
        try {
            // The page is rendered whole before anything is sent, so a failure here leaves the reply unstarted.
            page(exchange, status, Pages.PROBLEM, new Pages.ProblemView(status, title, message),
                    outputs.current().session());
        } catch (RuntimeException e) {
            log.println("briefs serve: the page telling a reader \"" + title + "\" could not be made either: " + e);
            Reply.text(exchange, status, Reply.PLAIN, status + " " + title + "\n\n" + message + "\n");
        }
    }

    void awaitBulk() throws InterruptedException {
        bulk.awaitEnd();
    }

    /** A page in English. */
    private static void page(HttpExchange exchange, int status, String template, Object view, Session session)
            throws IOException {
        page(exchange, status, template, view, session, BriefFormat.LOCALE);
    }

    /** A page in {@code locale}: its words are the templates' for that language (web/words_<code>.ftl). */
    private static void page(HttpExchange exchange, int status, String template, Object view, Session session,
                             Locale locale) throws IOException {
        Reply.text(exchange, status, Reply.HTML, session.templates().render(template, view, locale));
    }

    /** The decoded segments of a path; a 404 for any that could step out of its folder. */
    static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String raw : rawPath.split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            String s;
            try {
                s = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new NotFound("This address is not well formed.");
            }
            if (s.equals(".") || s.equals("..") || s.contains("/") || s.contains("\\") || s.chars().anyMatch(c -> c < 0x20)
                    || s.contains("%")) {
                throw new NotFound("This address is not one of this server's pages.");
            }
            out.add(s);
        }
        return out;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String q = exchange.getRequestURI().getRawQuery();
        return q == null ? Map.of() : form(q);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    throw new NotFound("This address is not well formed.");
                }
            }
        }
        return out;
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new NotFound("“" + text + "” is not a month: give it as 2025-07.");
        }
    }

    private static boolean aCountryCode(String text, Session session) {
        return session.contributors().countries().stream().anyMatch(c -> c.iso3().equals(text));
    }

    /** The address of a country's page or file with the country as its ISO3 code; a 404 when no country or several. */
    private static String canonical(List<String> path, Session session, String rawQuery) {
        String iso3;
        try {
            iso3 = session.lookup().find(path.get(1)).iso3();
        } catch (BadInputException e) {
            throw new NotFound(e.problems().get(0).message() + ". The countries page lists them all.");
        }
        StringBuilder to = new StringBuilder("/country/").append(iso3);
        for (String segment : path.subList(2, path.size())) {
            to.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return rawQuery == null ? to.toString() : to.append('?').append(rawQuery).toString();
    }


    /** A form posted from this server's own page: the browser says so (Sec-Fetch-Site, Origin). */
    private static boolean sameOrigin(HttpExchange exchange) {
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        // A browser without Fetch metadata still sends Origin on a cross-site post; other clients send neither.
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        return origin == null || origin.equals("http://" + host);
    }

    private static NotFound notFound(List<String> path) {
        return new NotFound("This server has no page “/" + String.join("/", path) + "”.");
    }
}
