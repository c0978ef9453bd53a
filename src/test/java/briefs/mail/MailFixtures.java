package briefs.mail;

import briefs.annex.PoiAnnex;
import briefs.derive.CountryFigures;
import briefs.pdf.CountryBriefPdf;
import briefs.render.BriefFixtures;
import briefs.render.BriefTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Messages of the fixture countries with attachments that are hard to carry intact. */
final class MailFixtures {
    static final String DOMAIN = "example.org";

    private MailFixtures() {
    }

    /**
     * Bytes a careless transport damages: every byte value, bare CR and LF, CRLF.CRLF (the SMTP
     * end of data), a line starting with "From " and a long run without line breaks.
     */
    static byte[] awkwardBytes(int seed) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 256; i++) {
            out.write((i + seed) & 0xFF);
        }
        out.writeBytes("\r\n.\r\n\n.\nFrom the desk\r\n..\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int i = 0; i < 5000; i++) {
            out.write((i * 31 + seed) & 0xFF);
        }
        return out.toByteArray();
    }

    /** A message for a fixture country whose attachments are awkward bytes written into {@code dir}. */
    static MailMessage message(CountryFigures figures, Path dir, Recipients recipients) throws IOException {
        String iso3 = figures.country().iso3();
        Path brief = Files.write(dir.resolve(CountryBriefPdf.fileName(figures)), awkwardBytes(iso3.hashCode()));
        Path annex = Files.write(dir.resolve(PoiAnnex.fileName(figures)), awkwardBytes(iso3.hashCode() + 1));
        CountryMail mail = new CountryMail(new BriefTemplates(Path.of("templates")));
        return mail.compose(figures, BriefFixtures.sources(), brief, annex, recipients, DOMAIN);
    }

    /** A session for reading messages back; it never connects anywhere. */
    static jakarta.mail.Session readingSession() {
        return jakarta.mail.Session.getInstance(new Properties());
    }
}
