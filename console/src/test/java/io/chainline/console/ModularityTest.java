package io.chainline.console;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the console (ADR 24), beside ArchitectureTest's ArchUnit rules: every feature package is
 * an application module, a feature uses another only through what that one exposes (its named interfaces, declared
 * in package-info.java), and the modules form no cycle.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ChainlineApplication.class);

    @Test
    void featuresUseEachOtherOnlyThroughWhatTheyExpose() {
        MODULES.verify();
    }
}
