package io.chainline.console.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Writes to the anonymous local registry (127.0.0.1:5000) through the distribution API, as cosign does when it signs:
 * blobs, then a manifest tagged {@code sha256-<digest>.sig} whose layer is the simple-signing payload with its
 * signature in an annotation. Keys are made here, so nothing outside the test is trusted.
 */
public final class OciPush {

    private static final String REGISTRY = "http://127.0.0.1:5000";
    private final HttpClient http = HttpClient.newHttpClient();

    public static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    public static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** Signs {@code repository@digest} as {@code cosign sign --key} would, naming {@code signedDigest} in the payload. */
    public void sign(String repository, String digest, String signedDigest, PrivateKey key) throws Exception {
        byte[] payload = ("{\"critical\":{\"identity\":{\"docker-reference\":\"127.0.0.1:5000/" + repository
                        + "\"},\"image\":{\"docker-manifest-digest\":\"" + signedDigest
                        + "\"},\"type\":\"cosign container image signature\"},\"optional\":null}")
                .getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(payload);
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
        String configDigest = blob(repository, config);
        String payloadDigest = blob(repository, payload);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"size\":" + config.length
                + ",\"digest\":\"" + configDigest + "\"},\"layers\":[{\"mediaType\":"
                + "\"application/vnd.dev.cosign.simplesigning.v1+json\",\"size\":" + payload.length + ",\"digest\":\""
                + payloadDigest + "\",\"annotations\":{\"dev.cosignproject.cosign/signature\":\"" + signature
                + "\"}}]}";
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(URI.create(
                                REGISTRY + "/v2/" + repository + "/manifests/" + digest.replace(':', '-') + ".sig"))
                        .header("Content-Type", "application/vnd.oci.image.manifest.v1+json")
                        .PUT(HttpRequest.BodyPublishers.ofString(manifest))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 201) {
            throw new IllegalStateException("manifest PUT answered " + put.statusCode() + ": " + put.body());
        }
    }

    private String blob(String repository, byte[] content) throws Exception {
        String digest = "sha256:"
                + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        HttpResponse<String> start = http.send(
                HttpRequest.newBuilder(URI.create(REGISTRY + "/v2/" + repository + "/blobs/uploads/"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = start.headers().firstValue("Location").orElseThrow();
        URI upload = URI.create(location.startsWith("http") ? location : REGISTRY + location);
        String sep = upload.toString().contains("?") ? "&" : "?";
        HttpResponse<String> done = http.send(
                HttpRequest.newBuilder(URI.create(upload + sep + "digest=" + digest))
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (done.statusCode() != 201) {
            throw new IllegalStateException("blob PUT answered " + done.statusCode() + ": " + done.body());
        }
        return digest;
    }
}
