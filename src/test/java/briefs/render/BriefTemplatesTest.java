package briefs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.model.BadInputException;
import briefs.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A templates folder is user input: its errors are bad input naming the file, line and column. */
class BriefTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void syntaxErrorNamesTemplateLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("brief.ftlx"), "<p>one</p>\n<p>two</p>\n<#if figures.total gt 0><p>three</p>\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> new BriefTemplates(dir).render("brief.ftlx", Map.of()));
        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith("brief.ftlx"), p.file());
        assertEquals("line 3, column 37", p.location(), "the end of the file, where the #if of line 3 is still open");
        assertTrue(p.message().contains("unclosed #if"), p.message());
    }

    @Test
    void errorWhileRunningAPartialNamesThePartialAndLine() throws IOException {
        Files.createDirectories(dir.resolve("partials"));
        Files.writeString(dir.resolve("brief.ftlx"), "<p>head</p>\n<#include \"partials/points.ftlx\">\n");
        Files.writeString(dir.resolve("partials/points.ftlx"), "<ul>\n<li>${figures.nosuch}</li>\n</ul>\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> new BriefTemplates(dir).render("brief.ftlx", Map.of("figures", Map.of())));
        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith("points.ftlx"), p.file());
        assertEquals("line 2, column 7", p.location());
        assertTrue(p.message().contains("figures.nosuch"), p.message());
    }

    @Test
    void preparedLayoutsRenderAndFailAsUnpreparedOnes() throws IOException {
        Files.createDirectories(dir.resolve("mail"));
        Files.createDirectories(dir.resolve("wording"));
        Files.writeString(dir.resolve("brief.ftlx"), "<#import \"wording/words.ftl\" as w><p>${w.hello} ${name}</p>");
        Files.writeString(dir.resolve("wording/words.ftl"), "<#assign hello = \"Hello\">");
        Files.writeString(dir.resolve("wording/words_fr.ftl"), "<#assign hello = \"Bonjour\">");
        Files.writeString(dir.resolve("mail/subject.ftl"), "Brief for ${name\n");
        BriefTemplates prepared = new BriefTemplates(dir).prepare();
        assertEquals("<p>Hello Norway</p>", prepared.render("brief.ftlx", Map.of("name", "Norway")));
        assertEquals("<p>Bonjour Norway</p>", prepared.render("brief.ftlx", Map.of("name", "Norway"), java.util.Locale.FRENCH));
        Problem broken = assertThrows(BadInputException.class,
                () -> prepared.render("mail/subject.ftl", Map.of("name", "Norway"))).problems().get(0);
        Problem unprepared = assertThrows(BadInputException.class,
                () -> new BriefTemplates(dir).render("mail/subject.ftl", Map.of("name", "Norway"))).problems().get(0);
        assertEquals(unprepared, broken);
        assertTrue(broken.file().endsWith("subject.ftl") && broken.location().startsWith("line "), broken.toString());
    }

    @Test
    void preparingAFolderThatIsGoneIsNoError() throws IOException {
        BriefTemplates templates = new BriefTemplates(dir);
        Files.delete(dir);
        templates.prepare();
        assertThrows(BadInputException.class, () -> templates.render("brief.ftlx", Map.of()));
    }

    @Test
    void templatesCannotInstantiateJavaClasses() throws IOException {
        Files.writeString(dir.resolve("brief.ftlx"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> new BriefTemplates(dir).render("brief.ftlx", Map.of()));
        assertTrue(e.problems().get(0).location().startsWith("line 1,"), e.getMessage());
        assertTrue(e.getMessage().contains("Execute"), e.getMessage());
    }

    @Test
    void valuesAreEscapedForXhtml() throws IOException {
        Files.writeString(dir.resolve("brief.ftlx"), "<p>${name}</p>");
        String out = new BriefTemplates(dir).render("brief.ftlx", Map.of("name", "<b>A & B</b>"));
        assertEquals("<p>&lt;b&gt;A &amp; B&lt;/b&gt;</p>", out);
    }

    @Test
    void missingTemplateIsBadInputNamingTheFileAndFolder() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> new BriefTemplates(dir).render("brief.ftlx", Map.of()));
        Problem p = e.problems().get(0);
        assertEquals(dir.resolve("brief.ftlx").toString(), p.file());
        assertEquals("template not found in " + dir, p.message());
    }

    @Test
    void missingFolderIsBadInputNamingTheFolderAndTheOption() {
        BadInputException e = assertThrows(BadInputException.class, () -> new BriefTemplates(dir.resolve("nowhere")));
        Problem p = e.problems().get(0);
        assertEquals(dir.resolve("nowhere").toString(), p.file());
        assertEquals("templates folder not found (give one with --templates DIR)", p.message());
    }
}
