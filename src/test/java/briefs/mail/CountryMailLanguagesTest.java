package briefs.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.BundledData;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.render.BriefTemplates;
import briefs.render.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The covering e-mail in French and Spanish for countries of the bundled data: subject, bodies
 * and attachment names in the language, its talking points the brief's own, its own Message-ID
 * and draft file name.
 */
class CountryMailLanguagesTest {
    private static final BriefTemplates TEMPLATES = new BriefTemplates(Path.of("templates"));

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | SEN | Sénégal\u00A0: note de pays sur le maintien de la paix, juillet 2025 | Sénégal – Note sur le maintien de la paix – juillet 2025.pdf | ÉLÉMENTS DE LANGAGE | Rang parmi les pays fournisseurs : 12e sur 117",
        "fr | CIV | Côte d’Ivoire\u00A0: note de pays sur le maintien de la paix, juillet 2025 | Côte d’Ivoire – Note sur le maintien de la paix – juillet 2025.pdf | La Côte d’Ivoire est le 40e pays | Dont femmes : 40 (16,0 %)",
        "es | URY | Uruguay: nota de país sobre el mantenimiento de la paz, julio de 2025 | Uruguay – Nota sobre el mantenimiento de la paz – julio de 2025.pdf | PUNTOS DE CONVERSACIÓN | Puesto entre los países contribuyentes: 20.º de 117",
    })
    void inTheLanguage(String code, String iso3, String subject, String briefName, String says, String figure)
            throws IOException {
        Language lang = TEMPLATES.language(code);
        SetFigures contributors = BundledData.contributors();
        CountryFigures figures = contributors.figures(iso3, YearMonth.of(2025, 7));
        Path brief = Files.write(dir.resolve("brief.pdf"), MailFixtures.awkwardBytes(1));
        Path annex = Files.write(dir.resolve("annex.xlsx"), MailFixtures.awkwardBytes(2));
        MailMessage m = new CountryMail(TEMPLATES).compose(figures, contributors.dataSet().sources(), brief, annex,
                Recipients.NONE, MailFixtures.DOMAIN, lang);
        assertEquals(subject, m.subject());
        assertEquals(briefName, m.attachments().get(0).name());
        assertTrue(m.attachments().get(1).name().endsWith(".xlsx"));
        // French and Spanish put a no-break space before % and between thousands, French one before : and ;.
        String text = m.text().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(text.contains(says), m.text());
        assertTrue(text.contains(figure), m.text());
        assertTrue(m.html().contains("lang=\"" + code + "-"), "HTML language");
        assertFalse(m.text().contains("as cited per plan") || m.html().contains("as cited per plan"), "a publisher in English");
        assertTrue(m.messageId().startsWith(code + ".brief." + iso3), m.messageId());
        for (String english : List.of("Key figures", "KEY FIGURES", "Talking points", "TALKING POINTS", "Attached",
                "ATTACHED", ", as of ", "Uniformed personnel deployed", "Women among them")) {
            assertFalse(m.text().contains(english), iso3 + " in " + code + ": \"" + english + "\"");
            assertFalse(m.html().contains(english), iso3 + " in " + code + ": \"" + english + "\" in HTML");
        }
        assertEquals(iso3 + "-mail-2025-07-" + code + ".eml", CountryMail.fileName(iso3, YearMonth.of(2025, 7), lang));
    }

    /**
     * The fatalities data was last updated on 4 April 2025: a later month's figure counts deaths to
     * that day, not to the month's end, as the brief's sources say; an earlier month's, to its end.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 2025-07 | Uniformed nationals lost in UN peace operations, as of 4 April 2025: 89",
        "en | 2025-03 | Uniformed nationals lost in UN peace operations, to March 2025: 89",
        "fr | 2025-07 | Ressortissants en tenue morts en opération de paix, au 4 avril 2025 : 89",
        "fr | 2025-03 | Ressortissants en tenue morts en opération de paix, jusqu’à fin mars 2025 : 89",
        "es | 2025-07 | Nacionales uniformados fallecidos en operaciones de paz, al 4 de abril de 2025: 89",
        "es | 2025-03 | Nacionales uniformados fallecidos en operaciones de paz, hasta marzo de 2025: 89",
    })
    void theFatalitiesFigureSaysHowFarTheDataGoes(String code, String month, String says) throws IOException {
        SetFigures contributors = BundledData.contributors();
        CountryFigures figures = contributors.figures("SEN", YearMonth.parse(month));
        Path brief = Files.write(dir.resolve("brief.pdf"), MailFixtures.awkwardBytes(1));
        Path annex = Files.write(dir.resolve("annex.xlsx"), MailFixtures.awkwardBytes(2));
        MailMessage m = new CountryMail(TEMPLATES).compose(figures, contributors.dataSet().sources(), brief, annex,
                Recipients.NONE, MailFixtures.DOMAIN, TEMPLATES.language(code));
        String text = m.text().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(text.contains(says), m.text());
        assertTrue(m.html().replace('\u00a0', ' ').replace('\u202f', ' ').contains(says.substring(0, says.lastIndexOf(':')).strip()),
                m.html());
    }
}
