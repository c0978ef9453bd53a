package briefs.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.CountryFigures;
import briefs.render.BriefFixtures;
import briefs.render.BriefFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mail templates over four very different countries: a small contributor with a plan, a
 * country with nobody deployed and no plan, an accented name in a month without gender split or
 * operation breakdown, and a large contributor. The plain-text body is compared with a golden
 * file (update with {@code -Dbriefs.updateGolden=true}); the HTML body must say the same.
 */
class CountryMailTest {
    private static final Path GOLDEN = Path.of("src/test/resources/briefs/mail/golden");

    @TempDir
    Path dir;

    static Stream<CountryFigures> countries() {
        return Stream.of(BriefFixtures.norway(), BriefFixtures.iceland(), BriefFixtures.coteDIvoire(),
                BriefFixtures.largeContributor());
    }

    @ParameterizedTest
    @MethodSource("countries")
    void plainTextBodyMatchesItsGoldenFile(CountryFigures figures) throws IOException {
        MailMessage message = MailFixtures.message(figures, dir, Recipients.NONE);
        String name = figures.country().iso3() + ".txt";
        if (Boolean.getBoolean("briefs.updateGolden")) {
            Files.writeString(GOLDEN.resolve(name), message.text(), StandardCharsets.UTF_8);
        }
        try (InputStream in = CountryMailTest.class.getResourceAsStream("golden/" + name)) {
            String golden = in == null ? "(no golden file " + GOLDEN.resolve(name) + "; run with -Dbriefs.updateGolden=true)"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(golden, message.text());
        }
    }

    @ParameterizedTest
    @MethodSource("countries")
    void htmlBodyHoldsEveryLineOfTheTextBodyEscaped(CountryFigures figures) throws IOException {
        MailMessage message = MailFixtures.message(figures, dir, Recipients.NONE);
        String html = message.html().replace("&#39;", "'").replace("&amp;", "&");
        List<String> items = message.text().lines().filter(l -> l.startsWith("- ")).map(l -> l.substring(2)).toList();
        long points = message.text().lines().dropWhile(l -> !l.equals("TALKING POINTS")).skip(1)
                .takeWhile(l -> !l.isBlank()).count();
        assertTrue(points >= 3 && points <= 6, "three to six talking points: " + points);
        for (String item : items) {
            String inHtml = item.contains(": ") && !html.contains(item) ? item.substring(item.indexOf(": ") + 2) : item;
            assertTrue(html.contains(inHtml), "HTML lacks: " + item);
        }
        assertTrue(!html.contains("&apos;"), "HTML 4 has no &apos;");
    }

    @ParameterizedTest
    @MethodSource("countries")
    void subjectAndAttachmentNamesAreOneReadableLine(CountryFigures figures) throws IOException {
        MailMessage message = MailFixtures.message(figures, dir, Recipients.NONE);
        String name = figures.country().name();
        String month = new BriefFormat().month(figures.month());
        assertEquals(name + ": UN peacekeeping brief, " + month, message.subject());
        assertEquals(name + " – UN peacekeeping brief – " + month + ".pdf", message.attachments().get(0).name());
        assertEquals(name + " – UN peacekeeping annex – " + month + ".xlsx", message.attachments().get(1).name());
        assertEquals("brief." + figures.country().iso3() + "." + figures.month() + "@example.org", message.messageId());
    }
}
