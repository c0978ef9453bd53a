package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.cli.ExitCodes;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates from {@code --templates DIR} are input too: a syntax error or a missing variable is
 * reported with the template, line and column; a template that tries to run Java, reach the Java
 * API, include a file outside its folder, or make the renderer fetch anything is refused with
 * exit 2 and writes nothing. A local web server counts requests: every test expects none.
 */
class BadTemplatesCliTest {
    private static final String SECRET = "secret-4f9d2c";
    private static HttpServer server;
    private static final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @BeforeEach
    void forgetRequests() {
        requests.clear();
    }

    private static String web(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** What is done to the copied templates; returns the line the change is on, or 0. */
    @FunctionalInterface
    interface Spoiler {
        int spoil(Path templates, Path root) throws IOException;
    }

    record Spoilt(String label, Spoiler spoiler, List<String> words) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Puts a line into brief.ftlx just after {@code <body>} and returns its line number. */
    private static Spoiler inBody(String line) {
        return (templates, root) -> {
            Path brief = templates.resolve("brief.ftlx");
            List<String> lines = new ArrayList<>(Files.readAllLines(brief, StandardCharsets.UTF_8));
            int body = lines.indexOf("<body>");
            if (body < 0) {
                throw new IllegalStateException("brief.ftlx has no <body> line");
            }
            lines.add(body + 1, line);
            Files.write(brief, lines, StandardCharsets.UTF_8);
            return body + 2;
        };
    }

    /** The line as {@code "line N"}, filled in once the spoiler has said where it put it. */
    private static final String AT_LINE = "@line";

    static Stream<Spoilt> spoilt() {
        return Stream.of(
                new Spoilt("a syntax error", inBody("<p>${figures.total +}</p>"), List.of("brief.ftlx", AT_LINE, "column")),
                new Spoilt("an unclosed directive", inBody("<#if figures.total gt 0><p>x</p>"), List.of("brief.ftlx", "#if")),
                new Spoilt("a syntax error in a partial", (templates, root) -> {
                    Path wps = templates.resolve("partials/wps.ftlx");
                    Files.writeString(wps, "<p>${)}</p>\n" + Files.readString(wps, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    return 1;
                }, List.of("wps.ftlx", AT_LINE, "column")),
                new Spoilt("a missing variable", inBody("<p>${figures.nonexistent}</p>"),
                        List.of("brief.ftlx", AT_LINE, "column", "figures.nonexistent")),
                new Spoilt("a missing template", (templates, root) -> {
                    Files.delete(templates.resolve("brief.ftlx"));
                    return 0;
                }, List.of("brief.ftlx", "not found")),
                new Spoilt("?new of Execute", inBody("<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>"),
                        List.of("brief.ftlx", AT_LINE, "Execute", "not allowed")),
                new Spoilt("?new of ObjectConstructor",
                        inBody("<#assign make = \"freemarker.template.utility.ObjectConstructor\"?new()><p>${make(\"java.io.File\", \"/\")}</p>"),
                        List.of("brief.ftlx", AT_LINE, "not allowed")),
                new Spoilt("?api", inBody("<p>${figures.notes?api.getClass().getName()}</p>"), List.of("brief.ftlx", AT_LINE, "api")),
                new Spoilt("an include outside the folder", (templates, root) -> {
                    Files.writeString(root.resolve("outside.ftlx"), SECRET, StandardCharsets.UTF_8);
                    return inBody("<#include \"../outside.ftlx\">").spoil(templates, root);
                }, List.of("brief.ftlx", AT_LINE)),
                new Spoilt("an include through a link out of the folder", (templates, root) -> {
                    Files.writeString(root.resolve("outside.ftlx"), SECRET, StandardCharsets.UTF_8);
                    Files.createSymbolicLink(templates.resolve("partials/linked.ftlx"), root.resolve("outside.ftlx"));
                    return inBody("<#include \"partials/linked.ftlx\">").spoil(templates, root);
                }, List.of("linked.ftlx")),
                new Spoilt("an include of an absolute path", inBody("<#include \"/etc/hostname\">"),
                        List.of("brief.ftlx", AT_LINE, "not found")),
                new Spoilt("an image from the network", inBody("<p><img src=\"" + web("/x.png") + "\"/></p>"),
                        List.of("brief.ftlx", "refers to " + web("/x.png"), "inside the templates folder")),
                new Spoilt("a background from the network",
                        inBody("<div style=\"background-image: url('" + web("/bg.png") + "')\">x</div>"),
                        List.of("brief.ftlx", web("/bg.png"))),
                new Spoilt("a stylesheet from the network", (templates, root) -> {
                    Path brief = templates.resolve("brief.ftlx");
                    String text = Files.readString(brief, StandardCharsets.UTF_8).replace("href=\"brief.css\"",
                            "href=\"" + web("/brief.css") + "\"");
                    Files.writeString(brief, text, StandardCharsets.UTF_8);
                    return 0;
                }, List.of("brief.ftlx", web("/brief.css"))),
                new Spoilt("an image elsewhere on disk", inBody("<p><img src=\"file:///etc/hostname\"/></p>"),
                        List.of("brief.ftlx", "file:///etc/hostname")),
                new Spoilt("an image above the folder", (templates, root) -> {
                    Files.writeString(root.resolve("up.png"), SECRET, StandardCharsets.UTF_8);
                    return inBody("<p><img src=\"../up.png\"/></p>").spoil(templates, root);
                }, List.of("brief.ftlx", "up.png")),
                new Spoilt("output that is not XHTML", inBody("<p>unclosed <b>bold</p>"), List.of("brief.ftlx", "not well-formed")),
                new Spoilt("a macro that calls itself without end", inBody("<#macro again><p><@again/></p></#macro><@again/>"),
                        List.of("brief.ftlx", AT_LINE, "column", "call itself")),
                new Spoilt("a function that calls itself without end",
                        inBody("<#function again n><#return again(n + 1)></#function><p>${again(0)}</p>"),
                        List.of("brief.ftlx", AT_LINE, "column", "call itself")),
                new Spoilt("a loop printing a billion numbers", inBody("<p><#list 1..999999999 as i>${i} </#list></p>"),
                        List.of("brief.ftlx", AT_LINE, "column", "million characters")),
                new Spoilt("a loop that writes nothing for a billion turns",
                        inBody("<#list 1..999999999 as i><#assign x = i></#list>"),
                        List.of("brief.ftlx", AT_LINE, "column", "still running")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoilt")
    void aBadTemplateExitsTwoNamesTheTemplateAndWritesNothing(Spoilt spoilt, @TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        Path templates = ws.templates();
        int line = spoilt.spoiler().spoil(templates, root);
        Cli run = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString(),
                "--templates", templates.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.shown());
        for (String word : spoilt.words()) {
            String expected = word.equals(AT_LINE) ? "line " + line + "," : word;
            assertTrue(run.err().toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT)),
                    "says \"" + expected + "\":\n" + run.shown());
        }
        BadCountryFileCliTest.assertNoStackTrace(run);
        assertFalse(run.err().contains(SECRET), "the message shows no content from outside the templates folder");
        assertEquals(List.of(), Workspace.files(ws.out), "nothing is written for a bad template");
        assertEquals(List.of(), requests, "nothing was fetched from the network");
    }

    /**
     * A bulk run keeps each worker's renderer set-up from one country to the next: a stylesheet
     * that reaches outside the templates folder must still fail every country, not just the first.
     */
    @Test
    void aRefusedStylesheetFailsEveryCountryOfABulkRun(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        Path css = ws.templates().resolve("brief.css");
        Files.writeString(css, "@import url(\"" + web("/more.css") + "\");\n" + Files.readString(css));
        Cli run = Cli.run("all", "--countries", String.join(",", Workspace.COUNTRIES), "--jobs", "1",
                "--data", ws.data.toString(), "--out", ws.out.toString(), "--templates", ws.templates().toString());
        assertEquals(ExitCodes.FAILED, run.exitCode(), run.shown());
        for (String iso3 : Workspace.COUNTRIES) {
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith("  " + iso3 + ": ") && l.contains(web("/more.css"))),
                    iso3 + " failed for the stylesheet:\n" + run.shown());
        }
        assertTrue(Workspace.files(ws.out).stream().noneMatch(f -> f.endsWith(".pdf")), "no brief: " + Workspace.files(ws.out));
        assertEquals(List.of(), requests, "nothing was fetched from the network");
    }

    /**
     * A DOCTYPE naming an external DTD and an external entity: the XML parser loads neither, so
     * the brief is made without fetching anything and without the entity's file in it.
     */
    @Test
    void externalDtdsAndEntitiesAreNeverLoaded(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        Path templates = ws.templates();
        Path secret = Files.writeString(root.resolve("secret.txt"), SECRET, StandardCharsets.UTF_8);
        Path brief = templates.resolve("brief.ftlx");
        String text = Files.readString(brief, StandardCharsets.UTF_8);
        int html = text.indexOf("<html");
        String doctype = "<!DOCTYPE html SYSTEM \"" + web("/x.dtd") + "\" [\n"
                + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY remote SYSTEM \"" + web("/entity") + "\">\n"
                + "  <!ENTITY % param SYSTEM \"" + web("/param") + "\">\n"
                + "  %param;\n"
                + "]>\n";
        text = text.substring(0, html) + doctype + text.substring(html);
        text = text.replace("<body>", "<body>\n<p>[&secret;][&remote;]</p>");
        Files.writeString(brief, text, StandardCharsets.UTF_8);
        Cli run = Cli.run("brief", "NOR", "--data", ws.data.toString(), "--out", ws.out.toString(),
                "--templates", templates.toString());
        assertEquals(List.of(), requests, "nothing was fetched from the network");
        BadCountryFileCliTest.assertNoStackTrace(run);
        assertFalse(run.err().contains(SECRET), run.shown());
        Path pdf = ws.out.resolve("NOR-brief-2025-07.pdf");
        if (run.exitCode() == ExitCodes.DONE) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertFalse(new PDFTextStripper().getText(doc).contains(SECRET), "the entity's file is not in the brief");
            }
        } else {
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.shown());
            assertFalse(Files.exists(pdf));
        }
    }
}
