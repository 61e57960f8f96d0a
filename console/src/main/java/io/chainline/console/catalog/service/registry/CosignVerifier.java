package io.chainline.console.catalog.service.registry;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Key-based verification of cosign image signatures, as cosign stores them: an OCI manifest tagged
 * {@code sha256-<digest>.sig} in the image's repository whose layers are "simple signing" payloads naming the image
 * digest, each carrying its Base64 signature in the {@code dev.cosignproject.cosign/signature} annotation. An image is
 * verified when one payload names its digest and its signature checks against one trusted key (docs/adr/0016).
 */
public final class CosignVerifier {

    static final String SIGNATURE_ANNOTATION = "dev.cosignproject.cosign/signature";
    static final String SIGNATURE_TYPE = "cosign container image signature";

    /** What verification found; {@code code} is empty when verified. */
    public record Verdict(boolean verified, String code, String message) {
        static Verdict ok(String message) {
            return new Verdict(true, "", message);
        }

        static Verdict refused(String code, String message) {
            return new Verdict(false, code, message);
        }
    }

    private final RegistryClient registry;
    private final JsonMapper json = JsonMapper.builder().build();

    public CosignVerifier(RegistryClient registry) {
        this.registry = registry;
    }

    /** @param image a reference by digest ({@code registry/repo@sha256:…}) */
    public Verdict verify(ImageReference image, Optional<RegistryCredentials> login, List<PublicKey> trusted) {
        String digest = image.digest().orElseThrow(() -> new IllegalArgumentException(image + " is not pinned"));
        String tag = digest.replace(':', '-') + ".sig";
        Optional<byte[]> manifest = registry.manifest(image, tag, login);
        if (manifest.isEmpty()) {
            return Verdict.refused(
                    "IMAGE-UNSIGNED",
                    image + " has no cosign signature (no " + tag + " in " + image.repository()
                            + "); sign it with cosign sign --key, or lift the deployment's signature requirement.");
        }
        boolean namesDigest = false;
        for (JsonNode layer : json.readTree(manifest.get()).path("layers")) {
            String signature =
                    layer.path("annotations").path(SIGNATURE_ANNOTATION).asString("");
            if (signature.isEmpty()) {
                continue;
            }
            byte[] payload = registry.blob(image, layer.path("digest").asString(""), login);
            if (!namesDigest(payload, digest)) {
                continue;
            }
            namesDigest = true;
            for (PublicKey key : trusted) {
                if (checks(key, payload, signature)) {
                    return Verdict.ok("signed by a trusted key (" + key.getAlgorithm() + ")");
                }
            }
        }
        return namesDigest
                ? Verdict.refused(
                        "IMAGE-SIGNATURE-INVALID",
                        image + " is signed, but by no key this deployment trusts (or the signature is corrupt);"
                                + " add the signer's public key, or re-sign the image with a trusted key.")
                : Verdict.refused(
                        "IMAGE-SIGNATURE-MISMATCH",
                        "The cosign signatures stored for " + image + " name another image digest; the signature"
                                + " tag was copied or tampered with. Re-sign the image.");
    }

    private boolean namesDigest(byte[] payload, String digest) {
        try {
            JsonNode critical = json.readTree(payload).path("critical");
            return SIGNATURE_TYPE.equals(critical.path("type").asString(""))
                    && digest.equals(critical.path("image")
                            .path("docker-manifest-digest")
                            .asString(""));
        } catch (RuntimeException unreadable) {
            return false; // not a simple-signing payload: it signs nothing we can use
        }
    }

    private static boolean checks(PublicKey key, byte[] payload, String signature) {
        try {
            Signature verifier = Signature.getInstance(PublicKeys.signatureAlgorithm(key));
            verifier.initVerify(key);
            verifier.update(payload);
            return verifier.verify(Base64.getDecoder().decode(signature.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | IllegalArgumentException wrongKeyOrCorrupt) {
            return false;
        }
    }
}
