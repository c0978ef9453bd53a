package briefs.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, run on a file against one flavour
 * (PDF/UA-1, PDF/A-2a). Gives every failed rule with its clause, test number, description,
 * how often it failed and where first.
 */
public final class Conformance {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Conformance() {
    }

    /** The failed rules of {@code pdf} against {@code flavour}, one line each; empty when it conforms. */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) throws IOException {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            // false: every failed check is kept, so the report says how often a rule failed.
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, String> byRule = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                counts.merge(rule, 1, Integer::sum);
                byRule.putIfAbsent(rule, a.getMessage().strip() + " (first at " + a.getLocation().getContext() + ")");
            }
            return byRule.entrySet().stream()
                    .map(e -> flavour.getId() + " rule " + e.getKey() + " x" + counts.get(e.getKey()) + ": " + e.getValue())
                    .toList();
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new IOException("veraPDF cannot check " + pdf + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IOException("veraPDF failed on " + pdf + ": " + e.getMessage(), e);
        }
    }
}
