package briefs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefs.derive.CountryFigures;
import briefs.produce.Session;
import briefs.render.BriefFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk officer's path through the page in a real browser: Debian's Chromium, driven by
 * Selenium through Debian's chromedriver (CI installs both; see .ci/run). Skipped, saying so,
 * only where neither is installed.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BRIEFS_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("BRIEFS_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @TempDir
    static Path root;
    static ServedHome home;
    static WebDriver browser;
    static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + DRIVER
                        + " (apt-get install chromium chromium-driver)");
        home = new ServedHome(root.resolve("home"), ServedHome.FEW);
        downloads = Files.createDirectories(root.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400",
                "--user-data-dir=" + Files.createDirectories(root.resolve("profile")));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (home != null) {
            home.close();
        }
    }

    @Test
    void findNorwayCheckItsFiguresDownloadItsBriefAndRunThreeCountries() throws Exception {
        browser.get(home.at("/").toString());
        browser.findElement(By.id("filter")).sendKeys("Norway");
        List<WebElement> shown = visibleRows();
        assertEquals(1, shown.size(), "one row left after filtering");
        assertEquals("NOR", shown.get(0).getDomAttribute("data-iso3"));
        assertEquals("1 country", browser.findElement(By.id("shown")).getText());
        shown.get(0).findElement(By.tagName("a")).click();

        wait(30).until(d -> d.getCurrentUrl().contains("/country/NOR"));
        CountryFigures f = derived("NOR");
        BriefFormat fmt = new BriefFormat();
        Map<String, String> figures = keyFigures();
        assertEquals(fmt.count(f.total()), figures.get("Uniformed personnel deployed"));
        assertEquals(fmt.count(f.women()) + " (" + fmt.pct(f.womenShare()) + ")", figures.get("Women among them"));
        assertEquals(fmt.ordinal(f.rank()) + " of " + fmt.count(f.contributors()),
                figures.get("Rank among contributing countries"));
        assertEquals(fmt.count(f.operationCount()), figures.get("Operations with personnel"));
        assertEquals(6, figures.size(), "six key figures, as the brief's: " + figures.keySet());
        assertTrue(browser.findElement(By.id("bottom-line")).getText().contains(fmt.count(f.total()) + " people"),
                "the bottom line says the same total");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Norway"));
        // Every chart drew: an SVG the browser could decode.
        List<WebElement> charts = browser.findElements(By.cssSelector("figure.chart img"));
        assertEquals(4, charts.size());
        try {
            wait(30).until(d -> charts.stream().allMatch(img -> naturalWidth(img) > 0));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("charts not drawn: " + charts.stream().map(img -> img.getDomAttribute("src") + "="
                    + naturalWidth(img)).toList() + "; server: " + home.console, e);
        }

        browser.findElement(By.id("download-brief")).click();
        Path pdf = downloaded(".pdf");
        assertTrue(pdf.getFileName().toString().startsWith("Norway"), pdf.getFileName().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Norway") && text.contains(fmt.month(f.month())), "a brief for " + f.month());
        }

        browser.get(home.at("/bulk").toString());
        browser.findElement(By.id("bulk-countries")).sendKeys("NOR,SWE,ISL");
        browser.findElement(By.id("start")).click();
        // bulk.js swaps the progress section for a fresh one every second while the run goes (and
        // once more as it ends): an element read as it is swapped is stale, so each read is retried.
        wait(180).ignoring(StaleElementReferenceException.class)
                .until(d -> "done".equals(d.findElement(By.id("run")).getDomAttribute("data-state")));
        String state = wait(10).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("state")).getText());
        assertTrue(state.contains("3 of 3 countries done, 0 failed"), state);
        List<String> links = wait(10).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#set-files a")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("index-" + f.month() + ".xlsx", "overview-" + f.month() + ".pdf"), links);
        for (String iso3 : List.of("NOR", "SWE", "ISL")) {
            assertTrue(Files.isRegularFile(home.out.resolve(iso3 + "-annex-" + f.month() + ".xlsx")), iso3);
        }
    }

    @Test
    void theFilterFindsACountryByTheNameInCommonUse() {
        assertTheFilterLeaves("/", "ivory", "CIV", "Côte d’Ivoire, as Ivory Coast");
    }

    @Test
    void theFilterFindsACountryByAShortFormAsAWhole() {
        assertTheFilterLeaves("/", "c.i.", "CIV", "Côte d’Ivoire, by its two-letter code");
    }

    @Test
    void theFilterFindsACountryByANameTheCommandLineTakesInThePagesLanguage() {
        assertTheFilterLeaves("/?lang=es", "costa de marfil", "CIV", "Côte d’Ivoire, as a Spanish reader names it");
    }

    /** What is typed in the filter of the page at {@code path} leaves one row, the country {@code iso3}'s. */
    private static void assertTheFilterLeaves(String path, String typed, String iso3, String why) {
        browser.get(home.at(path).toString());
        browser.findElement(By.id("filter")).sendKeys(typed);
        assertEquals(iso3, visibleRows().get(0).getDomAttribute("data-iso3"), why);
    }

    private static List<WebElement> visibleRows() {
        wait(10).until(d -> d.findElements(By.cssSelector("#countries tbody tr")).stream()
                .filter(WebElement::isDisplayed).count() == 1);
        return browser.findElements(By.cssSelector("#countries tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static int naturalWidth(WebElement img) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : -1", img)).intValue();
    }

    private static Map<String, String> keyFigures() {
        Map<String, String> out = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#key-figures > div"))) {
            out.put(row.findElement(By.tagName("dt")).getText(), row.findElement(By.tagName("dd")).getText());
        }
        return out;
    }

    /** The figures the core derives, read apart from the server. */
    private static CountryFigures derived(String iso3) {
        Session session = Session.read(home.folders, Clock.systemDefaultZone());
        return session.contributors().figures(iso3, session.contributors().latestMonth());
    }

    /**
     * The downloaded file once Chromium has finished it: Chromium makes an empty file under the
     * final name as soon as a download starts and writes to a {@code .crdownload} file beside it,
     * which it renames over the empty one at the end (reading the empty one failed once).
     */
    private static Path downloaded(String suffix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean writing = all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"));
                List<Path> done = all.stream().filter(p -> p.toString().endsWith(suffix)).toList();
                if (!writing && !done.isEmpty() && Files.size(done.get(0)) > 0) {
                    return done.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + downloads);
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
