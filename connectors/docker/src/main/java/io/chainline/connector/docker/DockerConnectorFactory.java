package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import io.chainline.connector.api.Connector;
import io.chainline.connector.api.ConnectorException;
import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.api.TargetAccess;
import io.chainline.connector.api.TargetKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Connects to Docker engines: a unix socket, or {@code tcp://} with TLS client certificates from the target's
 * secrets. The certificates live in an owner-only temporary directory for the life of the connection, because
 * docker-java reads them from files; {@code ssh://} is refused until an SSH transport is added (docs/operations.md).
 */
public final class DockerConnectorFactory implements ConnectorFactory {

    private final Clock clock;
    private final FactsCache facts;

    public DockerConnectorFactory(Clock clock) {
        this.clock = clock;
        this.facts = new FactsCache(clock);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.DOCKER;
    }

    @Override
    public Connector connect(TargetAccess access) {
        if (!(access instanceof DockerAccess docker)) {
            throw new ConnectorException(
                    ConnectorException.Reason.BAD_ACCESS, "A Docker target needs Docker access details.");
        }
        URI endpoint = endpointOf(docker);
        Optional<Path> certificates =
                docker.clientCertificate().isPresent() ? Optional.of(certificates(docker)) : Optional.empty();
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.toString())
                .withDockerTlsVerify(certificates.isPresent());
        certificates.ifPresent(dir -> config.withDockerCertPath(dir.toString()));
        DefaultDockerClientConfig built = config.build();
        DockerHttpClient http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(built.getDockerHost())
                .sslConfig(certificates
                        .map(dir ->
                                (com.github.dockerjava.transport.SSLConfig) new LocalDirectorySSLConfig(dir.toString()))
                        .orElse(null))
                .connectionTimeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(60))
                .build();
        DockerClient client = DockerClientImpl.getInstance(built, http);
        return new DockerConnector(
                client,
                endpoint.toString(),
                clock,
                () -> certificates.ifPresent(DockerConnectorFactory::delete),
                facts);
    }

    /** The daemon's address, refused with what to do instead when docker-java cannot reach it as given. */
    private static URI endpointOf(DockerAccess docker) {
        URI endpoint = docker.endpoint();
        String scheme = String.valueOf(endpoint.getScheme());
        if (scheme.equals("ssh")) {
            throw new ConnectorException(
                    ConnectorException.Reason.UNSUPPORTED,
                    "ssh:// endpoints are not supported yet. Forward the daemon's socket (ssh -nNT -L"
                            + " /run/chainline/docker.sock:/var/run/docker.sock user@host) and register"
                            + " unix:///run/chainline/docker.sock, or enable TLS on tcp://host:2376.");
        }
        if (!scheme.equals("unix") && !scheme.equals("tcp")) {
            throw new ConnectorException(
                    ConnectorException.Reason.BAD_ACCESS,
                    "A Docker endpoint starts with unix:// or tcp://, as DOCKER_HOST does; got " + scheme + "://.");
        }
        return endpoint;
    }

    /** ca.pem, cert.pem and key.pem, as docker-java wants them, readable by this process only. */
    private static Path certificates(DockerAccess docker) {
        try {
            Path dir = Files.createTempDirectory(
                    "chainline-docker-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            write(dir.resolve("cert.pem"), docker.clientCertificate().orElseThrow());
            write(
                    dir.resolve("key.pem"),
                    docker.clientKey()
                            .orElseThrow(() -> new ConnectorException(
                                    ConnectorException.Reason.BAD_ACCESS, "A TLS client certificate needs its key.")));
            write(dir.resolve("ca.pem"), docker.caCertificate().orElse(""));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold the TLS client certificate for the connection", e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the directory is owner-only and in the temporary directory; nothing more to do
        }
    }
}
