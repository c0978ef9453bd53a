package briefs;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: model ← load ← validate ← derive ← render ← the outputs (pdf, annex,
 * mail, files) ← the production core (produce) ← the doors (web, then cli, which starts it). Import, in sources, sits
 * beside them and writes the data folder (removing its staging with files). A stage never imports a later one; each library sits
 * in the one package named for what it makes; the door reaches the outputs only through the core.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("briefs");

    @Test
    void stagesDependOnlyOnEarlierStages() {
        Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("briefs.model..")
                .layer("load").definedBy("briefs.load..")
                .layer("validate").definedBy("briefs.validate..")
                .layer("sources").definedBy("briefs.sources..")
                .layer("derive").definedBy("briefs.derive..")
                .layer("render").definedBy("briefs.render..")
                .layer("files").definedBy("briefs.files..")
                .layer("pdf").definedBy("briefs.pdf..")
                .layer("annex").definedBy("briefs.annex..")
                .layer("mail").definedBy("briefs.mail..")
                .layer("produce").definedBy("briefs.produce..")
                .layer("web").definedBy("briefs.web..")
                .layer("cli").definedBy("briefs.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("produce").mayOnlyBeAccessedByLayers("cli", "web")
                .whereLayer("pdf").mayOnlyBeAccessedByLayers("produce")
                .whereLayer("annex").mayOnlyBeAccessedByLayers("produce")
                .whereLayer("mail").mayOnlyBeAccessedByLayers("produce")
                .whereLayer("files").mayOnlyBeAccessedByLayers("sources", "pdf", "annex", "mail", "produce")
                .whereLayer("render").mayOnlyBeAccessedByLayers("pdf", "annex", "mail", "produce", "web")
                .whereLayer("derive").mayOnlyBeAccessedByLayers("render", "pdf", "annex", "mail", "produce", "web", "cli")
                .whereLayer("sources").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("validate").mayOnlyBeAccessedByLayers("sources", "derive", "produce", "cli")
                .whereLayer("load").mayOnlyBeAccessedByLayers("validate", "sources", "derive", "produce", "cli")
                .check(CLASSES);
    }

    @Test
    void modelAndDeriveImportNoOutputLibrary() {
        noClasses().that().resideInAnyPackage("briefs.model..", "briefs.derive..", "briefs.load..", "briefs.validate..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.openpdf..", "org.xhtmlrenderer..", "org.apache.poi..", "freemarker..", "org.jfree..",
                        "jakarta.mail..", "org.eclipse.angus..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void poiOnlyInTheWorkbookPackage() {
        noClasses().that().resideOutsideOfPackage("briefs.annex..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..",
                        "org.openxmlformats..")
                .check(CLASSES);
    }

    /**
     * Workbooks are written as their OOXML parts, packaged with POI's OPC layer: building them as
     * XSSF, SXSSF or XDDF objects (XMLBeans underneath) and saving those took 43% of a
     * {@code briefs all} run.
     */
    @Test
    void workbooksAreWrittenWithoutPoiObjectModels() {
        noClasses().that().resideInAPackage("briefs.annex..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi.xssf..", "org.apache.poi.xddf..",
                        "org.apache.xmlbeans..", "org.openxmlformats..")
                .check(CLASSES);
    }

    @Test
    void openPdfAndFlyingSaucerOnlyInThePdfPackage() {
        noClasses().that().resideOutsideOfPackage("briefs.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openpdf..", "org.xhtmlrenderer..")
                .check(CLASSES);
    }

    @Test
    void jfreeChartOnlyInRender() {
        noClasses().that().resideOutsideOfPackage("briefs.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
                .check(CLASSES);
    }

    @Test
    void httpServerOnlyInTheWebPackage() {
        noClasses().that().resideOutsideOfPackage("briefs.web..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..")
                .check(CLASSES);
    }

    @Test
    void jakartaMailOnlyInTheMailPackage() {
        noClasses().that().resideOutsideOfPackage("briefs.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .check(CLASSES);
    }

    @Test
    void picocliOnlyInCli() {
        noClasses().that().resideOutsideOfPackage("briefs.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(CLASSES);
    }

    @Test
    void stagePackagesHaveNoCycles() {
        slices().matching("briefs.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
