package io.chainline.tosca;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: used by the console and by a CLI, it must never need Spring, Vaadin or the console. */
class BoundariesTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chainline.tosca");

    @Test
    void theEngineUsesNoFrameworkAndNotTheConsole() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "io.chainline.console..", "jakarta..")
                .check(ENGINE);
    }

    @Test
    void theYamlLayerKnowsNothingOfTosca() {
        noClasses()
                .that()
                .resideInAPackage("io.chainline.tosca.yaml..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.chainline.tosca.types..",
                        "io.chainline.tosca.template..",
                        "io.chainline.tosca.validate..",
                        "io.chainline.tosca.csar..")
                .check(ENGINE);
    }

    @Test
    void theEnginesPackagesFormNoCycles() {
        slices().matching("io.chainline.tosca.(*)..").should().beFreeOfCycles().check(ENGINE);
    }
}
