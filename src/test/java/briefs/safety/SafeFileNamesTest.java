package briefs.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.annex.PoiAnnex;
import briefs.cli.ExitCodes;
import briefs.derive.SetFigures;
import briefs.derive.CountryFigures;
import briefs.derive.CountryIdentity;
import briefs.load.DataDirectory;
import briefs.load.LoadedData;
import briefs.pdf.CountryBriefPdf;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No country code or name can make a path outside the output folder. What a user types resolves
 * only to the ISO3 code of a country in the data (see {@link BadUsageCliTest} for {@code ../NOR},
 * NUL and {@code CON}); a code read from a file must be three capital letters before it names a
 * file; and a file name is always {@code <ISO3>-brief-<month>.pdf} or {@code -annex-...xlsx}, so
 * its stem is never a name Windows reserves (CON, NUL, COM1: only a bare stem is reserved).
 */
class SafeFileNamesTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 7);

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"../NOR", "..", "NO/R", "NO\\R", "NOR\u0000", "nor", "NORW", "NO", "", " NOR", "N.R", "ÑOR"})
    void aCodeThatIsNotThreeCapitalLettersNamesNoFile(String iso3) {
        CountryFigures figures = withIso3(norway(), iso3);
        assertThrows(IllegalArgumentException.class, () -> CountryBriefPdf.fileName(figures));
        assertThrows(IllegalArgumentException.class, () -> PoiAnnex.fileName(figures));
    }

    @Test
    void fileNamesAreTheCodeTheKindAndTheMonth() {
        CountryFigures con = withIso3(norway(), "CON");
        assertEquals("CON-brief-2025-07.pdf", CountryBriefPdf.fileName(con));
        assertEquals("CON-annex-2025-07.xlsx", PoiAnnex.fileName(con));
        for (String name : List.of(CountryBriefPdf.fileName(con), PoiAnnex.fileName(con))) {
            String stem = name.substring(0, name.indexOf('.'));
            assertTrue(!List.of("CON", "PRN", "AUX", "NUL").contains(stem) && !stem.matches("(COM|LPT)[0-9]"),
                    "a stem Windows reserves: " + stem);
            assertEquals(name, Path.of("out").resolve(name).getFileName().toString());
        }
    }

    /** A country file whose name is not a capital ISO3 code is set aside by the loader, with why. */
    @Test
    void theLoaderSetsAsideFilesNotNamedForACapitalCode(@TempDir Path root) throws IOException {
        Workspace ws = new Workspace(root);
        String norway = Workspace.bundledCountry("NOR");
        Files.writeString(ws.data.resolve("countries/nor.json"), norway.replace("\"iso3\": \"NOR\"", "\"iso3\": \"nor\""));
        Files.writeString(ws.data.resolve("countries/NOR_2.json"), norway.replace("\"iso3\": \"NOR\"", "\"iso3\": \"NOR_2\""));
        LoadedData loaded = DataDirectory.load(ws.data);
        assertEquals(List.of("CIV", "ISL", "NOR", "SWE"), loaded.countries().stream().map(c -> c.iso3()).sorted().toList());
        assertEquals(2, loaded.rejected().size(), loaded.rejected().toString());
        assertTrue(loaded.rejected().stream().allMatch(p -> p.message().contains("<ISO3>.json")), loaded.rejected().toString());

        Cli validate = Cli.run("validate", "--data", ws.data.toString(), ws.data.resolve("countries/nor.json").toString());
        assertEquals(ExitCodes.BAD_INPUT, validate.exitCode(), validate.shown());
        assertTrue(validate.err().contains("$.iso3"), validate.shown());
    }

    /** Norway's figures from the bundled data. */
    private static CountryFigures norway() {
        return Holder.NORWAY;
    }

    private static final class Holder {
        static final CountryFigures NORWAY = SetFigures.of(DataDirectory.load(Workspace.BUNDLED_DATA)).figures("NOR", MONTH);
    }

    /** The same figures under another code: records have no withers, so the components are copied. */
    static CountryFigures withIso3(CountryFigures f, String iso3) {
        CountryIdentity c = f.country();
        CountryIdentity renamed = new CountryIdentity(iso3, c.iso2(), c.name(), c.nameInText(), c.officialName(), c.unMember(), c.region(),
                c.subregion(), c.regionalGroup(), c.regionalGroupName());
        try {
            RecordComponent[] parts = CountryFigures.class.getRecordComponents();
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].getName().equals("country") ? renamed : parts[i].getAccessor().invoke(f);
            }
            Class<?>[] types = Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return CountryFigures.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
