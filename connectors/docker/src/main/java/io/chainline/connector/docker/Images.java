package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.chainline.connector.api.ConnectorException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Images present on the engine, pulled (by digest when the reference has one) when they are not. One instance serves
 * one apply: each image is checked once however many workloads use it, and concurrent creates of the same image wait
 * for the one check or pull instead of pulling it twice.
 */
final class Images {

    private static final long PULL_MINUTES = 10;

    private final DockerClient docker;

    Images(DockerClient docker) {
        this.docker = docker;
    }

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private final Set<String> present = ConcurrentHashMap.newKeySet();

    void ensure(String image) {
        if (present.contains(image)) {
            return;
        }
        synchronized (locks.computeIfAbsent(image, i -> new Object())) {
            if (!present.contains(image)) {
                check(image);
                present.add(image);
            }
        }
    }

    private void check(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException absent) {
            // pull it below
        }
        try {
            boolean done = docker.pullImageCmd(image).start().awaitCompletion(PULL_MINUTES, TimeUnit.MINUTES);
            if (!done) {
                throw new ConnectorException(
                        ConnectorException.Reason.TIMEOUT,
                        "Pulling " + image + " took longer than " + PULL_MINUTES + " minutes; check the registry.");
            }
        } catch (DockerException | NullPointerException e) {
            // podman's compatible API answers some pull failures with items docker-java cannot read (NPE)
            throw new ConnectorException(
                    ConnectorException.Reason.REJECTED,
                    "The image " + image + " is not on the host and cannot be pulled: " + e.getMessage()
                            + " Check the reference and digest, and the host's registry credentials.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ConnectorException.Reason.TIMEOUT, "Interrupted while pulling " + image, e);
        }
    }
}
