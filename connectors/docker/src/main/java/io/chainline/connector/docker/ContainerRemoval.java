package io.chainline.connector.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * Forced removal of a container that may be crash-looping. Podman refuses it with 500 "container state improper" (and
 * dockerd with 409 "removal already in progress") while a restart policy is bringing the container back; a moment
 * later the same request succeeds. Terminating a deployment whose NF keeps crashing is exactly when an operator needs
 * removal to work, so a refusal of that kind is retried a few times before it is reported.
 */
final class ContainerRemoval {

    static final int ATTEMPTS = 6;

    private ContainerRemoval() {}

    static void remove(DockerClient docker, String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                docker.removeContainerCmd(id)
                        .withForce(true)
                        .withRemoveVolumes(true)
                        .exec();
                return;
            } catch (NotFoundException gone) {
                return; // removed meanwhile: that is what was wanted
            } catch (InternalServerErrorException | ConflictException inTransition) {
                if (attempt == ATTEMPTS) {
                    throw inTransition;
                }
                pause(attempt, inTransition);
            }
        }
    }

    private static void pause(int attempt, DockerException cause) {
        try {
            Thread.sleep(150L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(interrupted);
            throw cause;
        }
    }
}
