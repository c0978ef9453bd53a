package briefs.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs serve} over HTTP: the pages, their headers, the downloads and their cache, the
 * 404s and path traversal attempts, the token off loopback, a data import while serving and
 * the one-bulk-run rule.
 */
class WebServerTest {
    @TempDir
    static Path root;
    static ServedHome home;

    @BeforeAll
    static void start() throws IOException {
        home = new ServedHome(root.resolve("home"), ServedHome.FEW);
    }

    @AfterAll
    static void stop() {
        home.close();
    }

    @Test
    void countriesPageListsEveryCountryWithItsHeaders() {
        HttpResponse<String> page = home.get("/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        for (String name : List.of("Norway", "Sweden", "Iceland", "Côte d’Ivoire", "Nepal", "France")) {
            assertTrue(page.body().contains(name), name);
        }
        assertTrue(page.body().contains("<option value=\"2015-01\">January 2015</option>"), "every month in the picker");
        assertTrue(page.body().contains("data-also=\"Ivory Coast\" data-short=\"CI IC\" data-iso3=\"CIV\""),
                "the name and the short forms its filter also matches");
    }

    /** A country page asked for in French is French throughout: its frame, its headings, its charts, its links. */
    @Test
    void aCountryPageInFrenchIsFrenchThroughout() {
        HttpResponse<String> page = home.get("/country/CIV?lang=fr");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<html lang=\"fr-FR\">"), "the page's language");
        for (String french : List.of("Chiffres clés", "Éléments de langage", "Graphiques", "Note (PDF)", "Annexe (Excel)",
                "Données arrêtées à la fin de ", "Personnel par catégorie", "Tous les pays, ")) {
            assertTrue(html.contains(french), "says \"" + french + "\"");
        }
        for (String english : List.of("Key figures", "Talking points", "Charts", "Brief (PDF)", "Data as of", "All countries")) {
            assertFalse(html.contains(english), "still says \"" + english + "\"");
        }
        assertTrue(html.contains("/chart/by-type.svg?month=") && html.contains("&amp;lang=fr"), "charts and links keep the language");
        HttpResponse<String> chart = home.get("/country/CIV/chart/by-type.svg?lang=fr");
        assertEquals(200, chart.statusCode());
        assertTrue(chart.body().contains("Contingents") && chart.body().contains("Hommes"), "the chart is drawn in French");
        assertFalse(home.get("/country/CIV/chart/by-type.svg").body().contains("Hommes"), "and in English without ?lang");
    }

    /** The countries page asked for in French or Spanish: its words, country names, regions, ranks and numbers. */
    @Test
    void theCountriesPageInFrenchAndSpanishIsInThatLanguage() {
        String fr = home.get("/?month=2025-07&lang=fr").body();
        assertTrue(fr.contains("<html lang=\"fr-FR\">"), "the page's language");
        for (String french : List.of("<h1>Pays, juillet 2025</h1>", "Côte d’Ivoire", "Rang", "Évolution sur un an",
                "Plan d’action national", "Pays contributeurs seulement", ">Afrique</option>", "Langue",
                ">Français</option>", "Personnel en tenue à la fin de juillet 2025", "&amp;lang=fr", "data-many=\"pays\"")) {
            assertTrue(fr.contains(french), "says \"" + french + "\"");
        }
        for (String english : List.of("Countries, ", "Change in a year", "Contributors only", ">Africa</option>",
                "National Action Plan", "Uniformed personnel", "st</td>", "th</td>")) {
            assertFalse(fr.contains(english), "still says \"" + english + "\"");
        }
        assertTrue(fr.matches("(?s).*<td class=\"num\">\\d+(er|e)</td>.*"), "ranks as the French write them");
        assertTrue(fr.contains("value=\"Africa\""), "the region filter still matches the data's regions");
        String es = home.get("/?month=2025-07&lang=es").body();
        for (String spanish : List.of("<html lang=\"es-ES\">", "<h1>Países, julio de 2025</h1>", "Puesto", ">África</option>",
                "Variación en un año", "data-many=\"países\"")) {
            assertTrue(es.contains(spanish), "says \"" + spanish + "\"");
        }
        assertTrue(es.matches("(?s).*<td class=\"num\">\\d+\\.º</td>.*"), "ranks as the Spanish write them");
        assertTrue(es.contains("data-name=\"Côte d’Ivoire\" data-also=\"Ivory Coast | Costa de Marfil\""),
                "the filter takes the names the command line takes in the page's language");
        String en = home.get("/?month=2025-07").body();
        assertTrue(en.contains("<h1>Countries, July 2025</h1>") && en.contains(">Africa</option>"), "English without ?lang");
    }

    @Test
    void briefDownloadIsAPdfNamedForTheReaderAndCachedAfterwards() throws IOException {
        long before = home.server.outputs().makings();
        HttpResponse<byte[]> first = home.bytes("/country/CIV/brief.pdf?month=2025-07");
        assertEquals(200, first.statusCode());
        assertEquals("application/pdf", first.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(first.body(), 0, 5, StandardCharsets.US_ASCII));
        String disposition = first.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("filename=\"Cote d'Ivoire - UN peacekeeping brief - July 2025.pdf\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''C%C3%B4te%20d%E2%80%99Ivoire%20%E2%80%93"), disposition);
        assertTrue(Files.isRegularFile(home.out.resolve("CIV-brief-2025-07.pdf")), "kept in the output folder");

        HttpResponse<byte[]> second = home.bytes("/country/CIV/brief.pdf?month=2025-07");
        assertArrayEquals(first.body(), second.body(), "the second download is the file made the first time");
        assertEquals(before + 1, home.server.outputs().makings());
    }

    @Test
    void concurrentRequestsForOneBriefMakeItOnce() throws Exception {
        long before = home.server.outputs().makings();
        List<Callable<byte[]>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asks.add(() -> home.bytes("/country/SWE/annex.xlsx?month=2024-03").body());
        }
        List<byte[]> got = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<byte[]> f : pool.invokeAll(asks)) {
                got.add(f.get());
            }
        }
        got.forEach(b -> assertArrayEquals(got.get(0), b));
        assertEquals('P', (char) got.get(0)[0], "an XLSX is a zip");
        assertEquals(before + 1, home.server.outputs().makings(), "eight readers, one annex made");
    }

    @Test
    void mailDraftIsAMessageWithTheBriefAttached() {
        HttpResponse<String> eml = home.get("/country/NOR/mail.eml?month=2025-07");
        assertEquals(200, eml.statusCode());
        assertEquals("message/rfc822", eml.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(eml.body().contains("Subject:"), "a message");
        assertTrue(eml.body().contains("application/pdf"), "with the brief attached");
    }

    @Test
    void unknownCountriesMonthsAndPagesAre404PagesWithoutStackTraces() {
        for (String path : List.of("/country/XXX", "/country/Atlantis", "/country/NOR?month=1999-01",
                "/country/NOR?month=2020-06", "/country/NOR?month=July", "/country/NOR/brief.doc", "/nothing",
                "/country/NOR/chart/pie.svg", "/files/index-2015-01.xlsx", "/static/missing.css")) {
            HttpResponse<String> r = home.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("id=\"problem\""), path + " has a page");
            assertFalse(r.body().contains("Exception") || r.body().contains("at briefs."), path + ": " + r.body());
        }
    }

    @Test
    void aCountryTypedInTheAddressAsTheCommandLineTakesItIsSentOnToItsCode() {
        Map<String, String> sentOn = Map.of(
                "/country/nor", "/country/NOR",
                "/country/Ivory%20Coast/brief.pdf?lang=fr", "/country/CIV/brief.pdf?lang=fr",
                "/country/c%C3%B4te%20d%E2%80%99ivoire?month=2024-03", "/country/CIV?month=2024-03",
                "/country/Sweden/chart/by-type.svg", "/country/SWE/chart/by-type.svg",
                "/country/Su%C3%A8de?lang=fr", "/country/SWE?lang=fr",
                "/country/Costa%20de%20Marfil/brief.pdf?lang=es", "/country/CIV/brief.pdf?lang=es");
        sentOn.forEach((from, to) -> {
            HttpResponse<String> r = home.get(from);
            assertEquals(303, r.statusCode(), from);
            assertEquals(to, r.headers().firstValue("Location").orElse(""), from);
        });
        assertEquals(200, home.get("/country/NOR").statusCode());
        HttpResponse<String> unknown = home.get("/country/Norwey");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Norway (NOR)"), "the closest names: " + unknown.body());
    }

    @Test
    void pathTraversalAttemptsNeverReachAFileOutsideTheFolders() throws IOException {
        Files.writeString(root.resolve("home").resolve("secret.txt"), "SECRET-CONTENT");
        List<String> attempts = List.of("/../secret.txt", "/static/../../secret.txt", "/static/..%2f..%2fsecret.txt",
                "/static/%2e%2e%2f%2e%2e%2fsecret.txt", "/files/..%5c..%5csecret.txt", "/files/%252e%252e%252fsecret.txt",
                "/static/..", "/files/..%00.pdf", "/static/countries.ftlh", "/static/layout.ftlh",
                "/files/NOR.json", "/country/NOR/../../secret.txt", "/static/%2e%2e/%2e%2e/secret.txt",
                "/files/..%c0%afsecret.txt");
        for (String path : attempts) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            String status = answer.lines().findFirst().orElse("");
            assertTrue(status.contains(" 404 ") || status.contains(" 400 "), path + " -> " + status);
            assertFalse(answer.contains("SECRET-CONTENT") || answer.contains("<#"), path);
        }
    }

    @Test
    void aSecondBulkRunIsRefusedWhileOneRuns() throws Exception {
        HttpResponse<String> started = post("month=2025-07&countries=NOR%2CSWE%2CISL");
        assertEquals(303, started.statusCode(), started.body());
        HttpResponse<String> second = post("month=2025-07&countries=FRA");
        String status = home.get("/bulk/status").body();
        if (status.contains("\"running\"")) {
            assertEquals(409, second.statusCode());
            assertTrue(second.body().contains("already running"), second.body());
        }
        String done = bulkRunEnded();
        assertTrue(done.contains("\"done\"") && done.contains("index-2025-07.xlsx"), done);
        assertEquals(200, home.get("/files/overview-2025-07.pdf").statusCode());
        assertEquals(303, post("month=2025-07&countries=ISL").statusCode(), "a new run once the first is done");
        bulkRunEnded();
        HttpResponse<String> badMonth = post("month=2031-01&countries=ISL");
        assertEquals(409, badMonth.statusCode());
        assertTrue(badMonth.body().contains("2031-01 is not in the data"), badMonth.body());
    }

    @Test
    void theBulkFormTakesANameOfTwoWordsAndCodesSeparatedBySpaces() throws Exception {
        HttpResponse<String> started = post("month=2025-07&countries=Ivory+Coast%2C+nor+ISL%3B+Sweden");
        assertEquals(303, started.statusCode(), started.body());
        String done = bulkRunEnded();
        assertTrue(done.contains("\"done\"") && done.contains("\"total\":4"), done);
        for (String iso3 : List.of("CIV", "NOR", "ISL", "SWE")) {
            assertTrue(Files.isRegularFile(home.out.resolve(iso3 + "-brief-2025-07.pdf")), iso3);
        }
    }

    @Test
    void theBulkFormWritesTheLanguageChosenAndRefusesOneTheTemplatesLack() throws Exception {
        HttpResponse<String> unknown = post("month=2025-07&countries=ISL&lang=de");
        assertEquals(409, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown language"), unknown.body());
        HttpResponse<String> started = post("month=2025-07&countries=ISL&lang=fr");
        assertEquals(303, started.statusCode(), started.body());
        String done = bulkRunEnded();
        assertTrue(done.contains("index-2025-07-fr.xlsx") && done.contains("overview-2025-07-fr.pdf"), done);
        assertTrue(Files.isRegularFile(home.out.resolve("ISL-brief-2025-07-fr.pdf")));
        assertEquals(200, home.get("/files/overview-2025-07-fr.pdf").statusCode());
        assertTrue(home.get("/bulk").body().contains("<option value=\"fr\">Français</option>"), "the form offers French");
    }

    @Test
    void aFormFromAnotherSiteCannotStartARun() {
        HttpResponse<String> r = home.send(HttpRequest.newBuilder(home.at("/bulk"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("countries=NOR")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode());
    }

    @Test
    void aDataImportWhileServingIsSeenAndRemakesTheFiles() throws Exception {
        try (ServedHome own = new ServedHome(root.resolve("import"), List.of("NOR", "ISL"))) {
            assertEquals(200, own.get("/country/ISL").statusCode());
            assertEquals(200, own.bytes("/country/NOR/brief.pdf").statusCode());
            Path brief = own.out.resolve("NOR-brief-2025-07.pdf");
            FileTime made = Files.getLastModifiedTime(brief);
            long makings = own.server.outputs().makings();

            // What `briefs import` does to the folder: files replaced (newer), one gone.
            Files.delete(own.countryFile("ISL"));
            Files.setLastModifiedTime(own.countryFile("NOR"), FileTime.from(Instant.now().plusSeconds(5)));

            assertEquals(404, own.get("/country/ISL").statusCode(), "a country the import removed");
            assertFalse(own.get("/").body().contains("Iceland"));
            assertEquals(200, own.bytes("/country/NOR/brief.pdf").statusCode());
            assertEquals(makings + 1, own.server.outputs().makings(), "made again from the new data");
            assertTrue(Files.getLastModifiedTime(brief).compareTo(made) > 0, "the stale file was replaced");
        }
    }

    @Test
    void aFileRemovedFromTheOutputFolderWhileServingIsMadeAgain() throws Exception {
        try (ServedHome own = new ServedHome(root.resolve("emptied"), List.of("NOR"))) {
            HttpResponse<byte[]> first = own.bytes("/country/NOR/brief.pdf");
            assertEquals(200, first.statusCode());
            HttpResponse<byte[]> annex = own.bytes("/country/NOR/annex.xlsx?lang=fr");
            assertEquals(200, annex.statusCode());
            long makings = own.server.outputs().makings();

            // Someone cleans the output folder while the server runs: one file, then the folder itself.
            Files.delete(own.out.resolve("NOR-brief-2025-07.pdf"));
            HttpResponse<byte[]> again = own.bytes("/country/NOR/brief.pdf");
            assertEquals(200, again.statusCode(), "made again, not an error until a restart");
            assertEquals("%PDF-", new String(again.body(), 0, 5, StandardCharsets.US_ASCII));
            assertTrue(Files.isRegularFile(own.out.resolve("NOR-brief-2025-07.pdf")), "and kept again");
            assertEquals(makings + 1, own.server.outputs().makings());

            try (var files = Files.list(own.out)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(own.out);
            assertEquals(200, own.bytes("/country/NOR/annex.xlsx?lang=fr").statusCode());
            assertEquals(200, own.bytes("/country/NOR/brief.pdf").statusCode());
            assertEquals(makings + 3, own.server.outputs().makings());
            assertEquals(200, own.bytes("/country/NOR/brief.pdf").statusCode());
            assertEquals(makings + 3, own.server.outputs().makings(), "a file still there is not made again");
        }
    }

    @Test
    void anEditOfTheTemplatesWhileServingIsSeenByPagesAndFiles() throws Exception {
        try (ServedHome own = ServedHome.withOwnTemplates(root.resolve("edited"), List.of("NOR"))) {
            Path templates = own.folders.templates();
            assertTrue(own.get("/country/NOR").body().contains("Brief (PDF)"));
            HttpResponse<byte[]> first = own.bytes("/country/NOR/brief.pdf");
            assertTrue(pdfText(first.body()).contains("Talking points"));
            long makings = own.server.outputs().makings();

            // The page's words and the brief's wording edited while the server runs.
            edit(templates.resolve("web/words.ftl"), "\"Brief (PDF)\"", "\"The brief (PDF)\"");
            edit(templates.resolve("wording/brief.ftlx"), "\"talkingPoints\": \"Talking points\"",
                    "\"talkingPoints\": \"Points for the meeting\"");

            assertTrue(own.get("/country/NOR").body().contains("The brief (PDF)"), "the page in the edited words");
            HttpResponse<byte[]> again = own.bytes("/country/NOR/brief.pdf");
            assertEquals(200, again.statusCode());
            assertTrue(pdfText(again.body()).contains("Points for the meeting"), "the brief made again, edited");
            assertEquals(makings + 1, own.server.outputs().makings());
            own.bytes("/country/NOR/brief.pdf");
            assertEquals(makings + 1, own.server.outputs().makings(), "and then kept");
        }
    }

    @Test
    void aTemplateEditedIntoAnErrorWhileServingStillGetsTheReaderAnAnswer() throws Exception {
        try (ServedHome own = ServedHome.withOwnTemplates(root.resolve("broken"), List.of("NOR"))) {
            Path words = own.folders.templates().resolve("web/words.ftl");
            String good = Files.readString(words, StandardCharsets.UTF_8);
            String assign = "<#assign briefButton = \"Brief (PDF)\">";
            edit(words, assign, assign.substring(0, assign.length() - 1));

            // Every page, the one telling what went wrong too, is made with the broken words.
            HttpResponse<String> page = own.get("/country/NOR");
            assertEquals(500, page.statusCode());
            assertEquals("text/plain; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(page.body().startsWith("500 Could not be made"), page.body());
            String console = own.console.toString(StandardCharsets.UTF_8);
            assertTrue(console.matches("(?s).*Syntax error in template \"web/words.ftl\" in line \\d+, column \\d+.*"),
                    "the console names the file and the place: " + console);

            Files.writeString(words, good, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(words, FileTime.from(Instant.now().plusSeconds(4)));
            assertEquals(200, own.get("/country/NOR").statusCode(), "mended, the page is back");
        }
    }

    /** Replaces a text of a template, the file dated a little ahead so the edit is seen at once. */
    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void offLoopbackTheTokenIsRequired() throws IOException {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> new ServedHome(root.resolve("open"), List.of("NOR"), "0.0.0.0", null));
        assertTrue(none.getMessage().contains("needs a token"), none.getMessage());

        String token = "desk-office-2025-token";
        try (ServedHome guarded = new ServedHome(root.resolve("guarded"), List.of("NOR"), "0.0.0.0", token)) {
            assertEquals(401, guarded.get("/").statusCode());
            assertEquals(401, guarded.get("/country/NOR/brief.pdf").statusCode());
            assertEquals(401, guarded.get("/?token=wrong-token-of-some-length").statusCode());
            HttpResponse<String> bearer = guarded.send(HttpRequest.newBuilder(guarded.at("/country/NOR"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, bearer.statusCode());
            HttpResponse<String> link = guarded.get("/country/NOR?token=" + token);
            assertEquals(303, link.statusCode());
            String cookie = link.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            HttpResponse<String> withCookie = guarded.send(HttpRequest.newBuilder(guarded.at("/country/NOR"))
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, withCookie.statusCode());
        }
        try (ServedHome local = new ServedHome(root.resolve("local"), List.of("NOR"))) {
            assertEquals(200, local.get("/").statusCode(), "no token on loopback");
        }
    }

    /** The bulk run's status once it is no longer running (two minutes at most). */
    private static String bulkRunEnded() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        String status = home.get("/bulk/status").body();
        while (status.contains("\"running\"") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = home.get("/bulk/status").body();
        }
        return status;
    }

    private static HttpResponse<String> post(String form) {
        return home.send(HttpRequest.newBuilder(home.at("/bulk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request sent as typed, so no client tidies the path first. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", home.server.address().getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
