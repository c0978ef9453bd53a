package briefs.produce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import briefs.derive.CountryFigures;
import briefs.derive.SetFigures;
import briefs.files.FileLabel;
import briefs.files.TreeCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A country's files are reused only while they are newer than everything they are made from:
 * the data, and the templates that shape them, which are edited without rebuilding. Without
 * the templates in the rule, `mail` attached a brief made before a wording was corrected.
 */
class FreshOutputsTest {
    @TempDir
    Path home;
    Folders folders;

    @BeforeEach
    void copyTheBundledHome() throws IOException {
        Path data = home.resolve("data");
        TreeCopy.copy(Path.of("data/reference"), data.resolve("reference"));
        Files.createDirectories(data.resolve("countries"));
        Files.copy(Path.of("data/countries/NOR.json"), data.resolve("countries/NOR.json"));
        TreeCopy.copy(Path.of("templates"), home.resolve("templates"));
        folders = new Folders(data, home.resolve("templates"), home.resolve("out"));
        // Every source a little in the past, so that what is made now is newer than all of it.
        FileTime past = FileTime.from(Instant.now().minusSeconds(60));
        try (Stream<Path> all = Files.walk(home)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, past);
            }
        }
    }

    @Test
    void aBriefIsMadeAgainAfterAnEditOfItsTemplatesButNotOfTheWebPages() throws IOException {
        Path brief = brief();
        FileTime made = Files.getLastModifiedTime(brief);
        assertTrue(text(brief).contains("Talking points"), "the bundled heading");
        assertEquals(made, Files.getLastModifiedTime(brief()), "newer than its sources: kept as it is");

        // The web page's stylesheet and the e-mail's words shape no brief.
        touch(home.resolve("templates/web/page.css"));
        touch(home.resolve("templates/mail/wording.ftl"));
        assertEquals(made, Files.getLastModifiedTime(brief()), "an edit of the web page or the e-mail: kept");

        Path wording = home.resolve("templates/wording/brief.ftlx");
        Files.writeString(wording, Files.readString(wording, StandardCharsets.UTF_8)
                .replace("\"talkingPoints\": \"Talking points\"", "\"talkingPoints\": \"Points for the meeting\""),
                StandardCharsets.UTF_8);
        touch(wording);
        Path again = brief();
        assertNotEquals(made, Files.getLastModifiedTime(again), "made again after the wording was edited");
        assertTrue(text(again).contains("Points for the meeting"), "with the edited heading");
    }

    @Test
    void anAnnexIsMadeAgainAfterAnEditOfTheStylesheet() throws IOException {
        Session session = Session.open(folders, Clock.systemDefaultZone());
        SetFigures contributors = session.contributors();
        CountryFigures nor = contributors.figures("NOR", contributors.latestMonth());
        FreshOutputs.Pair first = new FreshOutputs(session).ensure(nor, contributors);
        FileTime made = Files.getLastModifiedTime(first.annex());

        touch(home.resolve("templates/brief.css"));
        FreshOutputs.Pair again = new FreshOutputs(session).ensure(nor, contributors);
        assertNotEquals(made, Files.getLastModifiedTime(again.annex()), "the pair is made again together");
    }

    @Test
    void theTemplatesVersionChangesWithAnyOfItsFiles() throws IOException {
        Path templates = home.resolve("templates");
        String before = TemplatesVersion.of(templates);
        assertEquals(before, TemplatesVersion.of(templates), "the same folder, the same version");
        touch(templates.resolve("web/page.css"));
        String edited = TemplatesVersion.of(templates);
        assertNotEquals(before, edited, "the web page's files count for the server's pages");
        Files.writeString(templates.resolve("partials/new.ftlx"), "<p/>");
        assertNotEquals(edited, TemplatesVersion.of(templates), "a file added");
        assertEquals(List.of(), TemplatesVersion.ofTheFiles(home.resolve("none")), "no folder");
    }

    @Test
    void aBriefMadeWithAnotherTemplatesFolderIntoTheSameOutputFolderIsMadeAgain() throws IOException {
        assumeTrue(labelsKept(), "the file system keeps no labels: the time rule alone holds");
        // A ministry's own templates, a copy of the bundled ones with another heading, made today.
        Path ministry = home.resolve("ministry");
        TreeCopy.copy(home.resolve("templates"), ministry);
        Path wording = ministry.resolve("wording/brief.ftlx");
        Files.writeString(wording, Files.readString(wording, StandardCharsets.UTF_8)
                .replace("\"talkingPoints\": \"Talking points\"", "\"talkingPoints\": \"Points for the minister\""),
                StandardCharsets.UTF_8);
        Path theirs = brief(new Folders(folders.data(), ministry, folders.out()));
        assertTrue(text(theirs).contains("Points for the minister"));

        // `mail NOR` with the bundled templates, older than that brief: it must not carry it.
        Path ours = brief();
        assertTrue(text(ours).contains("Talking points"), "made again with this run's templates");
        assertFalse(text(ours).contains("Points for the minister"));
        FileTime made = Files.getLastModifiedTime(ours);
        assertEquals(made, Files.getLastModifiedTime(brief()), "and then reused, its label being this run's");
    }

    @Test
    void aBriefMadeFromAnotherDataFolderIntoTheSameOutputFolderIsMadeAgain() throws IOException {
        assumeTrue(labelsKept(), "the file system keeps no labels: the time rule alone holds");
        // Another copy of the data whose Norway file is another version (here: another last change).
        Path other = home.resolve("other-data");
        TreeCopy.copy(folders.data(), other);
        Files.setLastModifiedTime(other.resolve("countries/NOR.json"), FileTime.from(Instant.now().minusSeconds(30)));
        FileTime theirs = Files.getLastModifiedTime(brief(new Folders(other, folders.templates(), folders.out())));

        Path ours = brief();
        assertNotEquals(theirs, Files.getLastModifiedTime(ours), "newer than this run's data, but made from other data");
        assertEquals(Files.getLastModifiedTime(ours), Files.getLastModifiedTime(brief()), "this run's: reused");
        FileTime annexMade = Files.getLastModifiedTime(annex());
        assertEquals(annexMade, Files.getLastModifiedTime(annex()), "the annex as well");
    }

    @Test
    void aFileWithoutALabelIsMadeAgainOnceAndTheLabelIsKeptThroughTheRename() throws IOException {
        assumeTrue(labelsKept(), "the file system keeps no labels: the time rule alone holds");
        Path brief = brief();
        String label = FileLabel.read(brief, MadeFrom.LABEL);
        assertTrue(label.matches("[0-9a-f]{16}"), "the label a staged file was given is on the file: " + label);
        // A brief made by a version of briefs before labels, or copied in, has none.
        Files.getFileAttributeView(brief, UserDefinedFileAttributeView.class).delete(MadeFrom.LABEL);
        assertEquals("", FileLabel.read(brief, MadeFrom.LABEL));
        FileTime unlabelled = Files.getLastModifiedTime(brief);
        Path again = brief();
        assertNotEquals(unlabelled, Files.getLastModifiedTime(again), "made again");
        assertEquals(label, FileLabel.read(again, MadeFrom.LABEL), "with the same label, the sources being the same");
    }

    @Test
    void theFilesOfManyCountriesAreMadeTogetherAndOnlyThoseMissingOrStale() throws IOException {
        for (String iso3 : List.of("SWE", "ISL")) {
            Files.copy(Path.of("data/countries/" + iso3 + ".json"), home.resolve("data/countries/" + iso3 + ".json"));
            Files.setLastModifiedTime(home.resolve("data/countries/" + iso3 + ".json"), FileTime.from(Instant.now().minusSeconds(60)));
        }
        Session session = Session.open(folders, Clock.systemDefaultZone());
        SetFigures contributors = session.contributors();
        List<CountryFigures> three = Stream.of("ISL", "NOR", "SWE")
                .map(iso3 -> contributors.figures(iso3, contributors.latestMonth())).toList();
        briefs.render.Language english = session.templates().language("en");
        briefs.render.Language french = session.templates().language("fr");
        FreshOutputs files = new FreshOutputs(session);
        java.util.function.Function<CountryFigures, briefs.render.Language> language =
                f -> f.country().iso3().equals("SWE") ? french : english;
        assertEquals(three, files.staleAmong(three, language), "none made yet");
        assertEquals(3, files.make(three, language, contributors, 2));
        assertEquals(List.of(), files.staleAmong(three, language), "all made");
        Path out = folders.out();
        for (String name : List.of("ISL-brief-2025-07.pdf", "NOR-annex-2025-07.xlsx", "SWE-brief-2025-07-fr.pdf",
                "SWE-annex-2025-07-fr.xlsx")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertFalse(Files.exists(out.resolve("SWE-brief-2025-07.pdf")), "in its own language only");
        FileTime made = Files.getLastModifiedTime(out.resolve("NOR-brief-2025-07.pdf"));
        assertEquals(made, Files.getLastModifiedTime(files.ensure(three.get(1), contributors).brief()), "then found fresh");

        Files.delete(out.resolve("ISL-annex-2025-07.xlsx"));
        FreshOutputs next = new FreshOutputs(Session.open(folders, Clock.systemDefaultZone()));
        assertEquals(List.of(three.get(0)), next.staleAmong(three, language), "only Iceland's, whose annex is missing");
        assertEquals(1, next.make(next.staleAmong(three, language), language, contributors, 2));
        assertEquals(made, Files.getLastModifiedTime(out.resolve("NOR-brief-2025-07.pdf")), "Norway's kept as they were");
        assertTrue(Files.isRegularFile(out.resolve("ISL-annex-2025-07.xlsx")));
    }

    /** Whether the test's folder keeps labels (ext4, xfs, btrfs, tmpfs on a recent kernel, NTFS, APFS do). */
    private boolean labelsKept() throws IOException {
        Path probe = Files.writeString(home.resolve("probe"), "");
        return FileLabel.write(probe, "briefs.probe", "x") && "x".equals(FileLabel.read(probe, "briefs.probe"));
    }

    /** NOR's brief through a new FreshOutputs, as each `mail` run and each making of the server has one. */
    private Path brief() {
        return brief(folders);
    }

    /** NOR's annex through a new FreshOutputs. */
    private Path annex() throws IOException {
        Session session = Session.open(folders, Clock.systemDefaultZone());
        SetFigures contributors = session.contributors();
        return new FreshOutputs(session).annex(contributors.figures("NOR", contributors.latestMonth()), contributors);
    }

    private static Path brief(Folders folders) {
        Session session = Session.open(folders, Clock.systemDefaultZone());
        SetFigures contributors = session.contributors();
        try {
            return new FreshOutputs(session).brief(contributors.figures("NOR", contributors.latestMonth()), contributors);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

}
