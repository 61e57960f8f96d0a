package io.chainline.console.fleet.service;

import io.chainline.connector.api.ConnectorFactory;
import io.chainline.connector.docker.DockerConnectorFactory;
import io.chainline.connector.kubernetes.KubernetesConnectorFactory;
import io.chainline.connector.openstack.OpenStackConnectorFactory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connector modules this console ships with; each is a plain-Java factory, made a bean here and nowhere else. */
@Configuration
class ConnectorConfiguration {

    @Bean
    ConnectorFactory kubernetesConnectors(Clock clock) {
        return new KubernetesConnectorFactory(clock);
    }

    @Bean
    ConnectorFactory dockerConnectors(Clock clock) {
        return new DockerConnectorFactory(clock);
    }

    @Bean
    ConnectorFactory openstackConnectors(Clock clock) {
        return new OpenStackConnectorFactory(clock);
    }
}
