package briefs;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: model ← load ← validate ← derive ← render ← write ← cli (import, in
 * sources, sits beside them and writes the data folder). A stage never imports a later one,
 * and the model and derive stages import no PDF, spreadsheet, template or chart library.
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
                .layer("write").definedBy("briefs.write..")
                .layer("cli").definedBy("briefs.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("write").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("write", "cli")
                .whereLayer("derive").mayOnlyBeAccessedByLayers("render", "write", "cli")
                .whereLayer("sources").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("validate").mayOnlyBeAccessedByLayers("sources", "derive", "render", "write", "cli")
                .whereLayer("load").mayOnlyBeAccessedByLayers("validate", "sources", "derive", "render", "write", "cli")
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
    void stagePackagesHaveNoCycles() {
        slices().matching("briefs.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
