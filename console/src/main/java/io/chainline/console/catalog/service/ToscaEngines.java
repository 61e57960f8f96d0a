package io.chainline.console.catalog.service;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.tosca.ToscaEngine;
import io.chainline.tosca.csar.TrustAnchors;
import io.chainline.tosca.csar.ZipLimits;
import io.chainline.tosca.issue.Profile;
import io.chainline.tosca.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The TOSCA engine as the console uses it: package signatures are checked against the trust anchors in
 * {@code chainline.tosca.trust-anchors} (a directory of PEM or DER certificates), valid at the moment of each import.
 * What others wrote (catalog and chain imports, SOL005 onboarding) is judged by the profile in {@code
 * chainline.tosca.profile} (interop unless set) or one chosen per import; what Chainline writes itself (exports, the
 * designers' checks) is judged strictly, as a vendor's CI would judge it.
 */
@Component
public class ToscaEngines {

    private final List<X509Certificate> anchors;
    private final Profile importProfile;
    private final Clock clock;

    @Autowired
    ToscaEngines(
            @Value("${chainline.tosca.trust-anchors:}") String trustAnchors,
            @Value("${chainline.tosca.profile:interop}") String profile,
            Clock clock) {
        this.anchors = trustAnchors.isBlank() ? List.of() : load(Path.of(trustAnchors));
        this.importProfile = profile(profile);
        this.clock = clock;
    }

    /** With the console's default import profile (interop). */
    public ToscaEngines(String trustAnchors, Clock clock) {
        this(trustAnchors, Profile.INTEROP.key(), clock);
    }

    /** A fresh strict engine: cheap (the bundled type files are parsed once per JVM), and its trust time is now. */
    public ToscaEngine engine() {
        return new ToscaEngine(YamlLimits.DEFAULT, ZipLimits.DEFAULT, new TrustAnchors(anchors, clock.instant()));
    }

    /** A fresh engine judging imports by the console's default profile ({@code chainline.tosca.profile}). */
    public ToscaEngine importing() {
        return importing(importProfile);
    }

    /** A fresh engine judging one import by the profile its user chose. */
    public ToscaEngine importing(Profile profile) {
        return engine().withProfile(profile);
    }

    /** The profile imports are judged by unless their user chooses another. */
    public Profile importProfile() {
        return importProfile;
    }

    /** An unknown profile stops the start: silently judging by another than the operator meant is worse. */
    static Profile profile(String value) {
        return Profile.parse(value)
                .orElseThrow(() -> new ChainlineException(
                        "TOSCA-PROFILE-INVALID",
                        ChainlineException.Category.INVALID,
                        "chainline.tosca.profile (CHAINLINE_TOSCA_PROFILE) is '" + value
                                + "'; set it to interop (the default: tolerated deviations are warnings) or strict"
                                + " (ETSI conformance: every deviation is an error)."));
    }

    private static List<X509Certificate> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ChainlineException(
                    "TOSCA-TRUST-ANCHORS-MISSING",
                    ChainlineException.Category.INVALID,
                    "chainline.tosca.trust-anchors names " + directory + ", which is not a directory of certificates.");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                certificate(file).ifPresent(certificates::add);
            }
        } catch (IOException e) {
            throw new ChainlineException(
                    "TOSCA-TRUST-ANCHORS-UNREADABLE",
                    ChainlineException.Category.INVALID,
                    "The trust anchors in " + directory + " cannot be read: " + e.getMessage(),
                    e);
        }
        return certificates;
    }

    private static Optional<X509Certificate> certificate(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (CertificateException e) {
            throw new ChainlineException(
                    "TOSCA-TRUST-ANCHOR-INVALID",
                    ChainlineException.Category.INVALID,
                    file + " in chainline.tosca.trust-anchors is not an X.509 certificate (PEM or DER).",
                    e);
        }
    }
}
