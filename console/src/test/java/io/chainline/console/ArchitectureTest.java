package io.chainline.console;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.chainline.connector.fake.ConnectorThatReachesIntoTheConsole;
import io.chainline.console.catalog.domain.CatalogEntryRepository;
import io.chainline.console.fake.service.ServiceThatReadsAnotherFeaturesRepository;
import io.chainline.console.support.ViewThatNamesAPlatform;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The layout rules of DEVELOPERS.md, enforced: a violation fails the build. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.chainline");

    /** Connectors are plain Java behind their contract: they never see the application, the UI or Spring. */
    static final ArchRule CONNECTORS_STAY_OUT_OF_THE_APP = noClasses()
            .that()
            .resideInAPackage("io.chainline.connector..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.chainline.console..", "com.vaadin..", "org.springframework..", "jakarta.servlet..")
            .because("connector modules must run and be tested without the console (DEVELOPERS.md, Boundaries)");

    /** Placement is a pure function of its inputs: no application, no UI, no Spring, no I/O client (ADR 15). */
    static final ArchRule PLACEMENT_IS_PURE = noClasses()
            .that()
            .resideInAPackage("io.chainline.placement..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.chainline.console..",
                    "io.chainline.connector.kubernetes..",
                    "io.chainline.connector.docker..",
                    "io.chainline.connector.openstack..",
                    "com.vaadin..",
                    "org.springframework..",
                    "java.net..",
                    "java.sql..")
            .because("placement must stay fast and deterministic, so the console can plan while an operator waits");

    /** A connector module's own classes: anything under io.chainline.connector but its contract. */
    static final DescribedPredicate<JavaClass> A_PLATFORM_S_OWN_CLASSES = resideInAPackage("io.chainline.connector..")
            .and(DescribedPredicate.not(resideInAPackage("io.chainline.connector.api..")))
            .as("a connector module's own classes (not io.chainline.connector.api)");

    /**
     * The console knows platforms through their contract only; the fleet's configuration package, which loads them, is
     * the one place that may name one (today it names none: it asks ServiceLoader). A new platform is a new module.
     */
    static final ArchRule ONLY_THE_CONFIGURATION_NAMES_A_PLATFORM = noClasses()
            .that()
            .resideInAPackage("io.chainline.console..")
            .and()
            .resideOutsideOfPackage("io.chainline.console.fleet.config..")
            .should()
            .dependOnClassesThat(A_PLATFORM_S_OWN_CLASSES)
            .because("platforms are plug-ins: the console sees io.chainline.connector.api and nothing else (ADR 23)");

    static final ArchRule FEATURES_FORM_NO_CYCLES = slices().matching("io.chainline.console.(*)..")
            .should()
            .beFreeOfCycles()
            .because("features are packaged by feature and depend on each other in one direction only");

    /**
     * A feature's repositories are its own: only the {@code service} package of the same feature reaches them, so
     * another feature goes through that service (and its rules, audit and transactions), never around it.
     */
    static final ArchRule REPOSITORIES_STAY_IN_THEIR_FEATURE = classes()
            .that()
            .areAssignableTo(Repository.class)
            .and()
            .resideInAPackage("io.chainline.console..")
            .should(beAccessedOnlyByServicesOfTheirFeature())
            .because("a feature's data is reached through its own services (DEVELOPERS.md, Boundaries)");

    private static ArchCondition<JavaClass> beAccessedOnlyByServicesOfTheirFeature() {
        return new ArchCondition<>("be accessed only by the service package of their feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                Optional<String> feature = feature(repository);
                // dependencies, not accesses: a call to an inherited method (count, save) is an access to
                // CrudRepository, but the caller still depends on this repository's type
                for (Dependency use : repository.getDirectDependenciesToSelf()) {
                    JavaClass caller = use.getOriginClass();
                    String service = PREFIX + feature.orElse("?") + ".service";
                    String where = caller.getPackageName();
                    boolean allowed = caller.equals(repository)
                            || (feature.isPresent() && (where.equals(service) || where.startsWith(service + ".")));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(
                                use,
                                caller.getName() + " uses " + repository.getSimpleName() + " of feature '"
                                        + feature.orElse("?") + "' outside that feature's service package ("
                                        + use.getSourceCodeLocation() + ")"));
                    }
                }
            }
        };
    }

    private static final String PREFIX = "io.chainline.console.";

    private static Optional<String> feature(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = pkg.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    @Test
    void theImportSeesBothTheConsoleAndTheConnectorContract() {
        assertThat(PRODUCTION.containPackage("io.chainline.console.security.service"))
                .isTrue();
        assertThat(PRODUCTION.containPackage("io.chainline.connector.api")).isTrue();
        assertThat(PRODUCTION.containPackage("io.chainline.connector.kubernetes"))
                .isTrue();
    }

    @Test
    void connectorsDoNotImportTheApplicationOrTheUi() {
        CONNECTORS_STAY_OUT_OF_THE_APP.check(PRODUCTION);
    }

    @Test
    void theConnectorRuleReallyCatchesAConnectorThatImportsTheConsole() {
        JavaClasses offender = new ClassFileImporter().importClasses(ConnectorThatReachesIntoTheConsole.class);

        assertThat(CONNECTORS_STAY_OUT_OF_THE_APP.evaluate(offender).hasViolation())
                .isTrue();
    }

    @Test
    void onlyTheConfigurationNamesAPlatform() {
        ONLY_THE_CONFIGURATION_NAMES_A_PLATFORM.check(PRODUCTION);
    }

    @Test
    void thePlatformRuleReallyCatchesAViewThatNamesAConnector() {
        JavaClasses offender = new ClassFileImporter().importClasses(ViewThatNamesAPlatform.class);

        assertThat(ONLY_THE_CONFIGURATION_NAMES_A_PLATFORM.evaluate(offender).hasViolation())
                .isTrue();
    }

    @Test
    void placementStaysPure() {
        assertThat(PRODUCTION.containPackage("io.chainline.placement")).isTrue();
        PLACEMENT_IS_PURE.check(PRODUCTION);
    }

    @Test
    void featuresDoNotFormCycles() {
        FEATURES_FORM_NO_CYCLES.check(PRODUCTION);
    }

    @Test
    void theDomainDoesNotSeeServicesApisOrViews() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.chainline.console..service..",
                        "io.chainline.console..view..",
                        "io.chainline.console..api..",
                        "com.vaadin..")
                .check(PRODUCTION);
    }

    @Test
    void servicesDoNotSeeViewsApisOrVaadin() {
        noClasses()
                .that()
                .resideInAPackage("..service..")
                .should()
                .dependOnClassesThat()
                // the console's own HTTP layer; the connector contract (io.chainline.connector.api) is a library
                .resideInAnyPackage("io.chainline.console..view..", "io.chainline.console..api..", "com.vaadin..")
                .check(PRODUCTION);
    }

    @Test
    void restControllersDoNotSeeViews() {
        noClasses()
                .that()
                .resideInAPackage("io.chainline.console..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..view..", "com.vaadin..")
                .check(PRODUCTION);
    }

    @Test
    void repositoriesAreUsedOnlyByServicesOfTheirFeature() {
        REPOSITORIES_STAY_IN_THEIR_FEATURE.check(PRODUCTION);
    }

    @Test
    void theRepositoryRuleReallyCatchesAServiceOfAnotherFeature() {
        JavaClasses offender = new ClassFileImporter()
                .importClasses(ServiceThatReadsAnotherFeaturesRepository.class, CatalogEntryRepository.class);

        assertThat(REPOSITORIES_STAY_IN_THEIR_FEATURE
                        .evaluate(offender)
                        .getFailureReport()
                        .getDetails())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .contains(ServiceThatReadsAnotherFeaturesRepository.class.getName())
                        .contains("feature 'catalog'"));
    }

    @Test
    void theRepositoryRuleLetsAServiceOfTheSameFeatureThrough() {
        JavaClasses own = new ClassFileImporter()
                .importClasses(io.chainline.console.catalog.service.CatalogService.class, CatalogEntryRepository.class);

        assertThat(REPOSITORIES_STAY_IN_THEIR_FEATURE.evaluate(own).hasViolation())
                .isFalse();
    }
}
