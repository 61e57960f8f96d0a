package io.chainline.tosca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToscaCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ToscaCli.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void exitsZeroWhenEveryInputIsAccepted() throws IOException {
        file("ok.yaml", "tosca_definitions_version: tosca_simple_yaml_1_3\n");
        assertThat(run("validate", dir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ok.yaml: accepted");
    }

    @Test
    void exitsOneAndPrintsCodedJsonWhenAnyIsRejected() throws IOException {
        file("ok.yaml", "tosca_definitions_version: tosca_simple_yaml_1_3\n");
        file("bad.yaml", "tosca_definitions_version: tosca_xyz\n");

        assertThat(run("validate", "--format", "json", dir.toString())).isEqualTo(1);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"verdict\":\"rejected\"")
                .contains("\"code\":\"TOSCA-VERSION-UNKNOWN\"")
                .contains("\"line\":1")
                .contains("\"verdict\":\"accepted\"")
                .contains("\"kind\":\"types\"");
    }

    @Test
    void exitsTwoOnUsageErrors() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("validate")).isEqualTo(2);
        assertThat(run("validate", "--format", "xml", "x.yaml")).isEqualTo(2);
        assertThat(run("validate", dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: chainline-tosca");
    }

    /** A root-YAML CSAR whose template does not name itself: strict refuses it, interop loads it with a warning. */
    private Path anonymousCsar() throws IOException {
        Path csar = dir.resolve("web.csar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(csar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("web.yaml"));
            zip.write("tosca_definitions_version: tosca_simple_yaml_1_3\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return csar;
    }

    @Test
    void theProfileIsStrictUnlessToldAndTheReportSaysWhichItIs() throws IOException {
        Path csar = anonymousCsar();

        assertThat(run("validate", csar.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("profile: strict")
                .contains("web.csar: rejected")
                .contains("CSAR-META-MISSING");
        out.reset();

        assertThat(run("validate", "--profile", "interop", csar.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("profile: interop")
                .contains("web.csar: accepted")
                .contains("WARNING INTEROP-ROOT-METADATA")
                .contains("The strict profile reports CSAR-META-MISSING");
    }

    @Test
    void theJsonReportSaysTheProfile() throws IOException {
        Path csar = anonymousCsar();

        assertThat(run("validate", "--format=json", "--profile=interop", csar.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"profile\":\"interop\"")
                .contains("\"verdict\":\"accepted\"")
                .contains("\"code\":\"INTEROP-ROOT-METADATA\"");
        out.reset();

        assertThat(run("validate", "--format", "json", csar.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"profile\":\"strict\"");
    }

    @Test
    void anUnknownProfileIsAUsageErrorNamingTheChoices() throws IOException {
        Path csar = anonymousCsar();

        assertThat(run("validate", "--profile", "lenient", csar.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown profile 'lenient'; choose one of: strict, interop")
                .contains("usage: chainline-tosca validate [--format text|json] [--profile strict|interop]");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void jsonEscapesWhatMessagesContain() {
        assertThat(JsonReports.escape("a \"quoted\" path\\n\nnext\u0001"))
                .isEqualTo("a \\\"quoted\\\" path\\\\n\\nnext\\u0001");
    }

    @Test
    void exportPackagesADirectoryAndValidatesWhatItWrote() throws IOException {
        Files.createDirectories(dir.resolve("vnf/Definitions"));
        Files.writeString(dir.resolve("vnf/Definitions/fw.yaml"), "tosca_definitions_version: tosca_simple_yaml_1_3\n");
        Path out = dir.resolve("fw.csar");

        int code = run(
                "export",
                "--entry",
                "Definitions/fw.yaml",
                "--out",
                out.toString(),
                "--meta",
                "vnf_provider_id=Acme",
                "--meta",
                "vnf_product_name=fw",
                "--meta",
                "vnf_release_date_time=2026-11-28T10:00:00Z",
                "--meta",
                "vnf_package_version=1.0",
                dir.resolve("vnf").toString());

        assertThat(code).isZero();
        assertThat(out).exists();
        assertThat(this.out.toString(StandardCharsets.UTF_8))
                .contains("written")
                .contains("accepted");
        assertThat(run("validate", out.toString())).isZero();
    }

    @Test
    void exportWithoutMetadataOrManifestSaysWhatToGive() throws IOException {
        Files.createDirectories(dir.resolve("vnf"));
        Files.writeString(dir.resolve("vnf/fw.yaml"), "tosca_definitions_version: tosca_simple_yaml_1_3\n");

        assertThat(run(
                        "export",
                        "--entry",
                        "fw.yaml",
                        "--out",
                        dir.resolve("x.csar").toString(),
                        dir.resolve("vnf").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--meta").contains("vnf_provider_id");
    }

    private static final String LEGACY_VNFD = """
            tosca_definitions_version: tosca_simple_profile_for_nfv_1_0_0
            description: a Tacker legacy VNFD
            metadata:
              template_name: legacy-web
            topology_template:
              node_templates:
                VDU1:
                  type: tosca.nodes.nfv.VDU.Tacker
                  capabilities:
                    nfv_compute:
                      properties:
                        num_cpus: 2
                        mem_size: 2 GB
                        disk_size: 10 GB
                  properties:
                    image: web-image
                CP1:
                  type: tosca.nodes.nfv.CP.Tacker
                  properties:
                    order: 0
                  requirements:
                    - virtualLink:
                        node: VL1
                    - virtualBinding:
                        node: VDU1
                VL1:
                  type: tosca.nodes.nfv.VL
                  properties:
                    network_name: net_mgmt
                    vendor: Tacker
            """;

    @Test
    void convertTurnsALegacyTackerVnfdIntoSol001V4() throws IOException {
        Path legacy = file("legacy.yaml", LEGACY_VNFD);
        Path target = dir.resolve("converted");

        assertThat(run("convert", "--out", target.toString(), legacy.toString()))
                .as("a legacy VNFD has no SOL001 identity: the converter says what to give")
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("DESCRIPTOR-IDENTITY-MISSING")
                .contains("--identity key=value");
        out.reset();

        assertThat(run(
                        "convert",
                        "--identity",
                        "provider=Example Labs",
                        "--identity",
                        "software_version=1.0",
                        "--identity",
                        "descriptor_version=1.0",
                        "--identity",
                        "descriptor_id=5d0c2c4e-0b7e-4d52-9a57-legacyweb001",
                        "--out",
                        target.toString(),
                        legacy.toString()))
                .as(() -> out.toString(StandardCharsets.UTF_8))
                .isZero();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("(SOL001 4.4.1): accepted")
                .contains("TACKER-LEGACY-CONVERTED")
                .contains("WARNING TACKER-LEGACY-DROPPED at topology_template.node_templates.VL1.properties.vendor");
        String yaml = Files.readString(target.resolve("legacy-web.yaml"));
        assertThat(yaml)
                .contains("type: tosca.nodes.nfv.Vdu.Compute")
                .contains("num_virtual_cpu: 2")
                .contains("virtual_mem_size: 2 GiB") // Tacker's GB is Nova's, binary
                .contains("virtual_link: VL1");
        assertThat(run("validate", target.resolve("legacy-web.yaml").toString()))
                .isZero();
    }

    @Test
    void convertToAnEditionThatCannotSayItExitsOneAndSaysWhy() throws IOException {
        Path legacy = file("legacy.yaml", LEGACY_VNFD);

        int exit =
                run("convert", "--edition", "2.6.1", "--out", dir.resolve("v2").toString(), legacy.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("nothing written")
                .contains("EXPORT-UNSUPPORTED")
                .contains("checksum, disk_format, size"); // min_disk is nfv_compute's disk_size
        assertThat(run("convert", "--edition", "9.9.9", "--out", "x", legacy.toString()))
                .isEqualTo(2);
    }

    /** tosca/samples is what the CLI's AOT cache is trained on (scripts/tosca-aot-cache.sh) and what users try first. */
    @Test
    void acceptsEverySampleTemplate() {
        assertThat(run("validate", "samples"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("dpi-vnfd-v2.yaml: accepted (vnfd, SOL001 2.6.1")
                .contains("chain-nsd-v3.yaml: accepted (nsd, SOL001 3.3.1")
                .contains("legacy-tacker-vnfd.yaml: accepted (vnfd")
                .doesNotContain("rejected");
    }

    /** Files are validated in parallel; the report still lists them in the order given, each with its own verdict. */
    @Test
    void reportsManyFilesInTheOrderGiven() throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("validate"));
        for (int i = 0; i < 24; i++) {
            String version = i % 3 == 0 ? "tosca_xyz" : "tosca_simple_yaml_1_3";
            args.add(file("f" + i + ".yaml", "tosca_definitions_version: " + version + "\n")
                    .toString());
        }

        assertThat(run(args.toArray(String[]::new))).isEqualTo(1);

        List<String> lines = out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains(".yaml: "))
                .toList();
        assertThat(lines).hasSize(24);
        for (int i = 0; i < 24; i++) {
            assertThat(lines.get(i)).contains("f" + i + ".yaml: " + (i % 3 == 0 ? "rejected" : "accepted"));
        }
    }
}
