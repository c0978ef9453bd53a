package briefs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionPlanTest {
    @ParameterizedTest
    @CsvSource({
        // a domain in other letters than ASCII is shown in them, not in the form the address holds
        "https://xn--lamaana-7za.uy/plan-de-accion, lamañana.uy",
        "https://1325naps.peacewomen.org/index.php/uruguay/, 1325naps.peacewomen.org",
        "http://www.gov.example:8080/a/b?c=d, www.gov.example",
        "https://xn--fiq228c.xn--fiqs8s/, 中文.中国",
        "www.example.org/plan, www.example.org",
    })
    void theSourceSiteIsTheHostAsAReaderWritesIt(String url, String site) {
        assertEquals(site, plan(url).sourceSite());
    }

    @org.junit.jupiter.api.Test
    void aPlanWithoutAnAddressHasNoSite() {
        assertNull(plan(null).sourceSite());
    }

    private static ActionPlan plan(String url) {
        return new ActionPlan(1, 2022, null, "Plan", url, null, List.of());
    }
}
