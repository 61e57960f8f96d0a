package io.chainline.console.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Collisions are located where the file says the identity: file, line and the YAML path read from indentation. */
class IdentityLocatorTest {

    private static final String PNFD = """
            tosca_definitions_version: tosca_simple_yaml_1_3
            node_types:
              lab.Router:
                properties:
                  descriptor_id: { type: string, default: other }
            topology_template:
              # a comment at a shallower indentation is not a key
              node_templates:
                edge:
                  properties:
                    descriptor_id: 'edge-1'   # quoted, with a comment
                    version: '1.0'
            """;

    @Test
    void aPropertyIsFoundByKeyAndValueWithItsPath() {
        IdentityLocator.Located at =
                IdentityLocator.locate("edge.yaml", PNFD.getBytes(StandardCharsets.UTF_8), "descriptor_id", "edge-1");

        assertThat(at)
                .isEqualTo(new IdentityLocator.Located(
                        "edge.yaml", 11, "topology_template.node_templates.edge.properties.descriptor_id"));
    }

    @Test
    void insideAPackageTheEntryThatSaysItIsNamed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("TOSCA-Metadata/TOSCA.meta"));
            zip.write("descriptor_id: edge-1\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Definitions/edge.yaml"));
            zip.write(PNFD.getBytes(StandardCharsets.UTF_8));
        }

        IdentityLocator.Located at =
                IdentityLocator.locate("edge.csar", bytes.toByteArray(), "descriptor_id", "edge-1");

        assertThat(at.file()).isEqualTo("Definitions/edge.yaml");
        assertThat(at.line()).isEqualTo(11);
    }

    @Test
    void whatIsNotFoundNamesTheFileOnly() {
        assertThat(IdentityLocator.locate("edge.yaml", PNFD.getBytes(StandardCharsets.UTF_8), "descriptor_id", "x"))
                .isEqualTo(new IdentityLocator.Located("edge.yaml", 0, ""));
        assertThat(IdentityLocator.locate("broken.csar", new byte[] {'P', 'K', 3, 4, 0}, "descriptor_id", "x"))
                .isEqualTo(new IdentityLocator.Located("broken.csar", 0, ""));
    }
}
