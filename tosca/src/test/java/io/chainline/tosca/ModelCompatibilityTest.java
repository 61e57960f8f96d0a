package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.model.ContainerExtensions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Models stored before a field existed (the console keeps drafts as JSON) still construct, with the field empty. */
class ModelCompatibilityTest {

    @Test
    void containerExtensionsStoredBeforeCapabilitiesLoadWithNone() {
        // what a JSON mapper passes for the absent property
        ContainerExtensions old =
                new ContainerExtensions(List.of(), Map.of(), Optional.empty(), Optional.empty(), null);

        assertThat(old.capabilities()).isEmpty();
        assertThat(old).isEqualTo(ContainerExtensions.NONE);
        assertThat(old.isDefault()).isTrue();
    }
}
