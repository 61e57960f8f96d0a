package io.chainline.console.catalog.service;

import io.chainline.console.audit.service.AuditLog;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.SecretBox;
import io.chainline.console.catalog.domain.ImageResolution;
import io.chainline.console.catalog.domain.ImageResolutionRepository;
import io.chainline.console.catalog.domain.RegistryCredential;
import io.chainline.console.catalog.domain.RegistryCredentialRepository;
import io.chainline.console.catalog.service.registry.CosignVerifier;
import io.chainline.console.catalog.service.registry.ImageReference;
import io.chainline.console.catalog.service.registry.PublicKeys;
import io.chainline.console.catalog.service.registry.RegistryClient;
import io.chainline.console.catalog.service.registry.RegistryCredentials;
import io.chainline.console.catalog.service.registry.ResolvedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Container images: resolving a reference through its registry to a digest and platform list (remembered, so the
 * catalog can show which architectures each image supports), and the registry credentials that takes.
 */
@Service
@Transactional
public class ImageService {

    /** An image as the catalog shows it. */
    public record ImageInfo(
            String reference, String digest, String mediaType, List<String> platforms, Instant resolvedAt) {

        public List<String> architectures() {
            return platforms.stream().map(p -> p.split("/")[1]).distinct().toList();
        }

        /** An image for one architecture pins every multi-arch fleet to that architecture: say so. */
        public Optional<String> warning() {
            return architectures().size() == 1
                    ? Optional.of("Only " + architectures().getFirst() + ": VDUs using it cannot run on other nodes.")
                    : Optional.empty();
        }

        public String sha256Hex() {
            return digest.substring(digest.indexOf(':') + 1);
        }
    }

    /** A registry's stored credential, without its secret. */
    public record CredentialInfo(String registry, String username, Instant updatedAt) {}

    private final RegistryClient registries;
    private final ImageResolutionRepository resolutions;
    private final RegistryCredentialRepository credentials;
    private final SecretBox secrets;
    private final AuditLog audit;
    private final Clock clock;

    ImageService(
            RegistryClient registries,
            ImageResolutionRepository resolutions,
            RegistryCredentialRepository credentials,
            SecretBox secrets,
            AuditLog audit,
            Clock clock) {
        this.registries = registries;
        this.resolutions = resolutions;
        this.credentials = credentials;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks the image's registry now, remembers the answer and returns it. Outside any transaction: no connection is
     * held while the registry answers, and a concurrent plan remembering the same reference cannot fail this one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImageInfo resolve(String reference) {
        ImageReference image = ImageReference.parse(reference);
        ResolvedImage resolved = registries.resolve(image, login(image));
        String key = reference.trim();
        ImageResolution row = resolutions.findById(key).orElseGet(() -> new ImageResolution(key));
        row.set(resolved.digest(), resolved.mediaType(), resolved.platforms(), clock.instant());
        try {
            resolutions.save(row);
        } catch (DataIntegrityViolationException rememberedMeanwhile) {
            // another plan resolved the same reference at the same moment and remembered it first; both asked the
            // registry just now, so this answer is as fresh as the stored one
        }
        return info(row);
    }

    /** What the registry said last time, without asking again. */
    @Transactional(readOnly = true)
    public Optional<ImageInfo> known(String reference) {
        return resolutions.findById(reference.trim()).map(ImageService::info);
    }

    /**
     * Checks the cosign signatures of an image pinned by digest against trusted PEM public keys.
     *
     * @throws ChainlineException SIGNATURE-KEY-INVALID when a key cannot be read
     */
    @Transactional(readOnly = true)
    public CosignVerifier.Verdict verifySignature(String pinnedReference, List<String> trustedKeys) {
        ImageReference image = ImageReference.parse(pinnedReference);
        List<java.security.PublicKey> keys =
                trustedKeys.stream().map(PublicKeys::parse).toList();
        return new CosignVerifier(registries).verify(image, login(image), keys);
    }

    private Optional<RegistryCredentials> login(ImageReference image) {
        return credentials
                .findByRegistry(image.registry())
                .map(c -> new RegistryCredentials(c.getUsername(), secrets.open(c.getSecretCiphertext())));
    }

    public void setCredential(String registry, String username, String password, String actor) {
        if (registry == null
                || registry.isBlank()
                || username == null
                || username.isBlank()
                || password == null
                || password.isEmpty()) {
            throw new ChainlineException(
                    "REGISTRY-CREDENTIAL-INCOMPLETE",
                    ChainlineException.Category.INVALID,
                    "Give the registry (host[:port]), a user name and a password or token.");
        }
        String host = registry.trim();
        RegistryCredential credential = credentials.findByRegistry(host).orElseGet(() -> new RegistryCredential(host));
        credential.set(username.trim(), secrets.seal(password), clock.instant());
        credentials.save(credential);
        audit.record(actor, "registry.credential-set", "registry", host, "user " + username.trim());
    }

    @Transactional(readOnly = true)
    public List<CredentialInfo> credentials() {
        return credentials.findAll().stream()
                .map(c -> new CredentialInfo(c.getRegistry(), c.getUsername(), c.getUpdatedAt()))
                .toList();
    }

    private static ImageInfo info(ImageResolution row) {
        return new ImageInfo(
                row.getReference(), row.getDigest(), row.getMediaType(), row.getPlatforms(), row.getResolvedAt());
    }
}
