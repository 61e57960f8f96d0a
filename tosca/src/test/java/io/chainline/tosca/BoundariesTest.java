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

    /**
     * Bouncy Castle's jars are signed, and the JDK checks a signed jar's signature when its first class loads (half
     * a second of a CLI run): only the CMS check of a signed package may touch it, so nothing else loads it.
     */
    @Test
    void onlyTheCmsCheckUsesBouncyCastle() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("io.chainline.tosca.csar.CmsSignature")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.bouncycastle..")
                .check(ENGINE);
    }

    @Test
    void theEnginesPackagesFormNoCycles() {
        slices().matching("io.chainline.tosca.(*)..").should().beFreeOfCycles().check(ENGINE);
    }
}
