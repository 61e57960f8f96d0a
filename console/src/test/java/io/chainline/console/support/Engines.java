package io.chainline.console.support;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import io.chainline.connector.api.Ownership;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The real container engines .ci/engines.sh starts (podman's Docker API, dockerd as a Swarm manager) and the NF image
 * .ci/nf-image.sh pushes to the local registry: what deployment tests run on and look at.
 */
public final class Engines {

    private Engines() {}

    public static Properties env() {
        Properties engines = load(Optional.ofNullable(System.getenv("CHAINLINE_TEST_ENGINES"))
                .orElse("/tmp/chainline-engines/engines.env"));
        engines.putAll(load(Optional.ofNullable(System.getenv("CHAINLINE_TEST_NF_IMAGE"))
                .orElse("/tmp/chainline-engines/nf-image.env")));
        return engines;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is missing: start .ci/engines.sh and .ci/nf-image.sh first", e);
        }
        return properties;
    }

    public static String podman() {
        return env().getProperty("PODMAN_HOST");
    }

    public static String swarm() {
        return env().getProperty("SWARM_HOST");
    }

    /** The NF stand-in image by tag: {@code 127.0.0.1:5000/nfv/echo:1.0}, answering HTTP on $PORT. */
    public static String nfImage() {
        return env().getProperty("NF_IMAGE");
    }

    public static DockerClient client(String host) {
        var config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host)
                .build();
        var http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(host))
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    /**
     * Removes every container and network a deployment owns on the engine: after a failed test, what it deployed must
     * not keep crash-looping and slow down the tests after it.
     */
    public static void sweep(DockerClient docker) {
        docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of(Ownership.DEPLOYMENT))
                .exec()
                .forEach(c -> removeForcibly(docker, c.getId()));
        docker.listNetworksCmd().exec().stream()
                .filter(n -> n.getLabels() != null && n.getLabels().containsKey(Ownership.DEPLOYMENT))
                .forEach(n -> docker.removeNetworkCmd(n.getId()).exec());
    }

    /**
     * Podman refuses a forced removal with 500 "container state improper" while a restart policy brings a
     * crash-looping container back (the connector retries the same way, see its ContainerRemoval).
     */
    private static void removeForcibly(DockerClient docker, String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                docker.removeContainerCmd(id).withForce(true).exec();
                return;
            } catch (NotFoundException gone) {
                return;
            } catch (InternalServerErrorException | ConflictException inTransition) {
                if (attempt == 6) {
                    throw inTransition;
                }
                try {
                    Thread.sleep(150L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw inTransition;
                }
            }
        }
    }

    /** The containers a deployment owns on an engine, stopped ones included. */
    public static List<Container> containersOf(DockerClient docker, String deployment) {
        return docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(java.util.Map.of(Ownership.DEPLOYMENT, deployment))
                .exec();
    }
}
