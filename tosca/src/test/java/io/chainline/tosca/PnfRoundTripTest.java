package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.ExtCp;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.PnfIdentity;
import io.chainline.tosca.model.PnfRef;
import io.chainline.tosca.model.Sol001Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: a PNFD (identity, ext CPs with their protocols and fixed or allocated addresses, location) written as
 * SOL001 v4.4.1 and as a CSAR and read again is equal, and so is an NSD with PNF members on its links.
 */
class PnfRoundTripTest {

    private static final ToscaEngine ENGINE = new ToscaEngine();

    @Property(tries = 40)
    void aPnfdRoundTripsAsYamlAndAsCsar(@ForAll("pnfds") PnfDescriptor pnf) throws IOException {
        assertRoundTrips(pnf);
        PackageExport csar = ENGINE.exportCsar(
                pnf,
                Sol001Edition.V4_4_1,
                Map.of(
                        "pnfd_provider", "x",
                        "pnfd_name", "x",
                        "pnfd_release_date_time", "2026-12-05T00:00:00Z",
                        "pnfd_archive_version", "1.0"),
                Map.of());
        assertThat(csar.report().issues()).noneMatch(Issue::isError);
        assertThat(ENGINE.importCsar("x.csar", csar.csar().orElseThrow()).descriptor())
                .contains(pnf);
    }

    @Property(tries = 25)
    void anNsdWithPnfsOnItsLinksRoundTrips(@ForAll("members") List<PnfRef> pnfs) throws IOException {
        NsDescriptor ns = SampleDescriptors.vcpeChain().withPnfs(pnfs);
        assertThat(ENGINE.checkChain(ns)).noneMatch(Issue::isError);

        assertRoundTrips(ns);
    }

    private static void assertRoundTrips(Descriptor original) throws IOException {
        ExportResult export = ENGINE.export(original, Sol001Edition.V4_4_1);
        assertThat(export.report().issues().stream().filter(Issue::isError).map(Issue::describe))
                .isEmpty();
        Path dir = Files.createTempDirectory("pnf-round-trip");
        try {
            Path entry = DescriptorRoundTripTest.write(export.written().orElseThrow(), dir);
            ImportResult again = ENGINE.importFile(entry);
            assertThat(again.report().issues().stream().filter(Issue::isError).map(Issue::describe))
                    .isEmpty();
            assertThat(again.descriptor()).contains(original);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<PnfDescriptor> pnfds() {
        Arbitrary<String> word =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> type =
                Arbitraries.oneOf(Arbitraries.just(PnfIdentity.BASE_TYPE), word.map(w -> "gen.pnf.T" + w));
        Arbitrary<PnfIdentity> identity = Combinators.combine(
                        type,
                        word,
                        word,
                        word.map(w -> w + " box"),
                        Arbitraries.integers().between(0, 9).map(n -> n + ".0"),
                        word,
                        word)
                .as(PnfIdentity::new);
        Arbitrary<Optional<String>> location = Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofLength(2)
                .map(code -> "{country_code: " + code + "}")
                .optional();
        return Combinators.combine(identity, extCps(), location).as(PnfDescriptor::new);
    }

    private static Arbitrary<List<ExtCp>> extCps() {
        Arbitrary<List<String>> protocols = Arbitraries.of("ethernet", "ipv4", "ipv6")
                .set()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(List::copyOf);
        Arbitrary<Optional<CpAddressing>> addressing = Arbitraries.oneOf(
                Arbitraries.just(Optional.empty()),
                Arbitraries.integers()
                        .between(1, 254)
                        .map(n -> Optional.of(new CpAddressing(List.of("198.51.100." + n), 0, false))),
                Arbitraries.integers().between(1, 3).map(n -> Optional.of(new CpAddressing(List.of(), n, false))));
        Arbitrary<String> name = Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(6)
                .map(s -> "cp_" + s);
        return name.set().ofMaxSize(4).flatMap(names -> {
            List<Arbitrary<ExtCp>> cps = new ArrayList<>();
            for (String n : names) {
                cps.add(Combinators.combine(protocols, addressing).as((p, a) -> new ExtCp(n, p, Optional.empty(), a)));
            }
            return Combinators.combine(cps).as(List::copyOf);
        });
    }

    @Provide
    Arbitrary<List<PnfRef>> members() {
        List<String> links = SampleDescriptors.vcpeChain().virtualLinks().stream()
                .map(l -> l.node())
                .toList();
        Arbitrary<Map<String, String>> connections = Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(5)
                .map(s -> "cp_" + s)
                .set()
                .ofMaxSize(3)
                .flatMap(cps -> Arbitraries.of(links).list().ofSize(cps.size()).map(targets -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    List<String> names = List.copyOf(cps);
                    for (int i = 0; i < names.size(); i++) {
                        map.put(names.get(i), targets.get(i));
                    }
                    return map;
                }));
        Arbitrary<PnfRef> member = Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8),
                        connections)
                .as((t, id, links2) -> new PnfRef("pnf", "gen.pnf.T" + t, id, links2));
        return member.list().ofMaxSize(3).map(list -> {
            List<PnfRef> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                PnfRef p = list.get(i);
                named.add(new PnfRef("pnf_" + i, p.nodeType(), p.descriptorId(), p.virtualLinks()));
            }
            return named;
        });
    }
}
