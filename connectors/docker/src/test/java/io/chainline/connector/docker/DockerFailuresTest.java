package io.chainline.connector.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.InternalServerErrorException;
import io.chainline.connector.api.ConnectorException;
import org.junit.jupiter.api.Test;

class DockerFailuresTest {

    @Test
    void theEnginesOwnMessageIsKeptAndItsJsonLeftOut() {
        var engine = new InternalServerErrorException("Status 500: {\"cause\":\"subnet in use\",\"message\":"
                + "\"subnet 192.168.10.0/24 is already used on the host or by another config\",\"response\":500}");

        ConnectorException e = DockerFailures.of(engine, "creating network vcpe-lan");

        assertThat(e.getMessage())
                .isEqualTo("creating network vcpe-lan: subnet 192.168.10.0/24 is already used on the host or by"
                        + " another config");
        assertThat(DockerFailures.engineMessage(new IllegalStateException("no JSON here")))
                .isEqualTo("no JSON here");
    }
}
