package io.chainline.console.nfvo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class DescriptorZipTest {

    private static final List<MediaType> NSD_FORMS =
            List.of(MediaType.APPLICATION_OCTET_STREAM, DescriptorZip.ZIP, MediaType.TEXT_PLAIN);

    @Test
    void theClientsPreferenceChoosesTheForm() {
        assertThat(DescriptorZip.chosen(null, NSD_FORMS)).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(DescriptorZip.chosen("*/*", NSD_FORMS)).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(DescriptorZip.chosen("text/plain", NSD_FORMS)).isEqualTo(MediaType.TEXT_PLAIN);
        assertThat(DescriptorZip.chosen("application/zip", NSD_FORMS)).isEqualTo(DescriptorZip.ZIP);
        assertThat(DescriptorZip.chosen("text/plain;q=0.5, application/zip", NSD_FORMS))
                .isEqualTo(DescriptorZip.ZIP);
        assertThat(DescriptorZip.chosen("text/*", NSD_FORMS)).isEqualTo(MediaType.TEXT_PLAIN);
    }

    @Test
    void theZipHoldsEveryFile() throws Exception {
        byte[] zip = DescriptorZip.of(Map.of("nsd.yaml", "a: 1", "types/etsi.yaml", "b: 2"));
        assertThat(Sol005Packages.entries(zip))
                .containsEntry("nsd.yaml", "a: 1")
                .containsEntry("types/etsi.yaml", "b: 2");
    }

    @Test
    void contentAsUploadedIsLabelledWithTheSol005FormItIs() {
        byte[] zip = DescriptorZip.of(Map.of("nsd.yaml", "a: 1"));

        assertThat(DescriptorZip.asUploaded(zip)).isEqualTo(DescriptorZip.ZIP);
        assertThat(DescriptorZip.asUploaded("tosca_definitions_version: tosca_simple_yaml_1_3".getBytes()))
                .satisfies(t ->
                        assertThat(t.isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue());
        assertThat(DescriptorZip.asUploaded(new byte[0]).isCompatibleWith(MediaType.TEXT_PLAIN))
                .isTrue();
    }
}
